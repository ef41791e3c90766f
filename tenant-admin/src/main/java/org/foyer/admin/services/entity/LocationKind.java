package org.foyer.admin.services.entity;

/** Where sessions at a location happen: in an office with an address, or by video. */
public enum LocationKind {
  OFFICE("Office"),
  TELEHEALTH("Telehealth");

  private final String label;

  LocationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
