package org.foyer.billing.invoices;

import java.time.Instant;
import java.util.UUID;

/** A sent invoice with money still to pay, on the biller's list, with its client's name. */
public record OwedInvoiceView(
    UUID id,
    UUID clientId,
    String clientName,
    InvoiceState status,
    String currency,
    long totalCents,
    long paidCents,
    long dueCents,
    Instant sentAt,
    Integer number) {

  /** What people call it: "Invoice 12". */
  public String name() {
    return InvoiceView.nameOf(number);
  }
}
