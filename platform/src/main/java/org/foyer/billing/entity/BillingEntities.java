package org.foyer.billing.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** Billing's entities, contributed to the one persistence unit. */
public class BillingEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(
        BillingSettings.class,
        LedgerEntry.class,
        Invoice.class,
        InvoiceLine.class,
        Payment.class,
        PaymentAllocation.class,
        WebhookReceipt.class,
        SavedCard.class,
        AutopayConsent.class,
        ClinicianNpi.class);
  }
}
