package org.foyer.billing.invoices;

/** Where an invoice stands, as people read it; partly paid and paid follow from the ledger. */
public enum InvoiceState {
  DRAFT("Draft"),
  SENT("Sent"),
  PARTIALLY_PAID("Partly paid"),
  PAID("Paid"),
  VOID("Void");

  private final String label;

  InvoiceState(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
