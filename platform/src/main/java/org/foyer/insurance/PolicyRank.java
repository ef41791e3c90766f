package org.foyer.insurance;

/** Which payer is billed first. */
public enum PolicyRank {
  PRIMARY("Primary"),
  SECONDARY("Secondary"),
  TERTIARY("Tertiary");

  private final String label;

  PolicyRank(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
