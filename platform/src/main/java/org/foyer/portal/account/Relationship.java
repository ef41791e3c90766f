package org.foyer.portal.account;

/** How a login relates to a client profile it may act for. */
public enum Relationship {
  SELF("Yourself"),
  PARENT("Parent"),
  GUARDIAN("Legal guardian"),
  RESPONSIBLE_PARTY("Responsible party");

  private final String label;

  Relationship(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
