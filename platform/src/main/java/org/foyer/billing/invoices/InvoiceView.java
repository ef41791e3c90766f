package org.foyer.billing.invoices;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An invoice with its figures summed from the ledger, in minor units.
 *
 * @param totalCents its charges with adjustments and write-offs on it
 * @param paidCents payments applied to it less refunds
 * @param dueCents what is still to pay
 */
public record InvoiceView(
    UUID id,
    UUID clientId,
    InvoiceState status,
    String currency,
    long totalCents,
    long paidCents,
    long dueCents,
    List<UUID> chargeIds,
    Instant createdAt,
    Instant sentAt) {

  public InvoiceView {
    chargeIds = List.copyOf(chargeIds);
  }
}
