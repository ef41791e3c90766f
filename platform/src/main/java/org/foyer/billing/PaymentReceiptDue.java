package org.foyer.billing;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.foyer.core.tenancy.TenantId;

/**
 * A payment went through: its receipt is due to the client's logins that permit billing. Fired in
 * the unit of work that put the money in the ledger, once per payment. It carries no health
 * information: amount, date and the card's last four only.
 */
public record PaymentReceiptDue(
    TenantId tenant,
    List<String> recipients,
    UUID paymentId,
    long amountCents,
    String currency,
    Instant paidAt,
    String cardLast4) {

  public PaymentReceiptDue {
    recipients = List.copyOf(recipients);
  }
}
