package org.foyer.admin.portal;

/** How clients book appointments from the portal. */
public enum SelfScheduling {
  OFF("Off"),
  REQUEST("Clients request, staff confirm"),
  INSTANT("Instant booking");

  private final String label;

  SelfScheduling(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
