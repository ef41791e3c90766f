package org.foyer.clients.entity;

/** Whether the practice currently sees the client. */
public enum ClientStatus {
  ACTIVE("Active"),
  INACTIVE("Inactive"),
  DISCHARGED("Discharged");

  private final String label;

  ClientStatus(String label) {
    this.label = label;
  }

  /** The word staff read on the client page. */
  public String label() {
    return label;
  }
}
