package org.foyer.billing.entity;

import java.util.List;
import org.foyer.billing.cards.entity.AutopayConsent;
import org.foyer.billing.cards.entity.SavedCard;
import org.foyer.billing.settings.entity.BillingSettings;
import org.foyer.billing.settings.entity.ClinicianNpi;
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
