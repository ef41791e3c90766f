package org.foyer.admin.portal;

/** Which staff must sign in with a second factor. Administrators always must. */
public enum StaffMfaPolicy {
  ADMINISTRATORS_ONLY("Administrators only"),
  ALL_STAFF("All staff");

  private final String label;

  StaffMfaPolicy(String label) {
    this.label = label;
  }

  /** Whether a staff member without a second factor must enrol one before signing in. */
  public boolean requiresSecondFactor(boolean administrator) {
    return administrator || this == ALL_STAFF;
  }

  public String label() {
    return label;
  }
}
