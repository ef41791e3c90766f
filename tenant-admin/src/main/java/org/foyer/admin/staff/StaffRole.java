package org.foyer.admin.staff;

/** The built-in roles; issue 5 turns them into named sets of capabilities. */
public enum StaffRole {
  ADMINISTRATOR("Organization Administration"),
  THERAPIST("Therapist"),
  FRONT_DESK("Front desk"),
  BILLER("Biller");

  private final String label;

  StaffRole(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
