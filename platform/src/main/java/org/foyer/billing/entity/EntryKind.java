package org.foyer.billing.entity;

/**
 * What a ledger entry records. The sign of its amount is fixed by the kind (the database checks
 * it): what raises the client's balance is positive, what lowers it negative.
 */
public enum EntryKind {
  CHARGE("Charge"),
  PAYMENT("Payment"),
  /** A correction either way, by staff. */
  ADJUSTMENT("Adjustment"),
  /** An amount the practice gives up collecting. */
  WRITE_OFF("Write-off"),
  /** Money returned to the client: what they owe grows back by it. */
  REFUND("Refund");

  private final String label;

  EntryKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
