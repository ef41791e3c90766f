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
 * @param number the practice's number for it, from when it was sent; null for a draft
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
    Instant sentAt,
    Integer number) {

  public InvoiceView {
    chargeIds = List.copyOf(chargeIds);
  }

  /** What people call it: "Invoice 12", or "Draft invoice" before it is sent. */
  public String name() {
    return nameOf(number);
  }

  /**
   * Its name with the day it was sent, as its PDF and the pages title it: "Invoice 12 of 5 Dec
   * 2026".
   */
  public String title(String sentDay) {
    return name() + " of " + sentDay;
  }

  static String nameOf(Integer number) {
    return number == null ? "Draft invoice" : "Invoice " + number;
  }
}
