package org.foyer.insurance;

/** Where a policy stands, in the words a client reads. */
public enum PolicyStatus {
  SUBMITTED("Waiting for the practice to check it"),
  ACTIVE("Checked and in use"),
  NEEDS_CHANGES("The practice asked for a correction"),
  INACTIVE("No longer in use");

  private final String label;

  PolicyStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
