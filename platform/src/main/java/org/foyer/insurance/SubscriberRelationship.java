package org.foyer.insurance;

/** How the policy holder is related to the client. */
public enum SubscriberRelationship {
  SELF("The client"),
  SPOUSE("Spouse or partner"),
  PARENT("Parent or guardian"),
  OTHER("Someone else");

  private final String label;

  SubscriberRelationship(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
