package org.foyer.admin.portal;

/** Whether portal users (clients and their contacts) use a second factor. */
public enum ClientMfa {
  OFF("Off"),
  OPTIONAL("Optional"),
  REQUIRED("Required");

  private final String label;

  ClientMfa(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
