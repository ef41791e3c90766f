package org.foyer.intake.entity;

/** Where an assigned form stands; it only ever moves forward (withdrawal ends an open form). */
public enum FormStatus {
  OUTSTANDING("Outstanding"),
  IN_PROGRESS("In progress"),
  /**
   * Answered and signed by the first of several signers, waiting for the others in turn: the
   * answers can no longer change, and the form is submitted when the last one signs.
   */
  AWAITING_SIGNATURE("Awaiting signature"),
  SUBMITTED("Submitted"),
  ACKNOWLEDGED("Acknowledged"),
  /** Taken back by staff before it was submitted; kept so the record shows it was sent. */
  WITHDRAWN("Withdrawn");

  private final String label;

  FormStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /** True while the client may still change the answers. */
  public boolean isOpen() {
    return this == OUTSTANDING || this == IN_PROGRESS;
  }
}
