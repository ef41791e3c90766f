package org.foyer.admin.preferences;

/** The events a staff member can choose to be notified of. */
public enum NotificationKind {
  NEW_SECURE_MESSAGE("A new secure message"),
  INTAKE_COMPLETED("A client completed intake"),
  APPOINTMENT_REQUESTED_OR_CANCELLED("An appointment was requested or cancelled"),
  PAYMENT_RECEIVED("A payment was received");

  private final String label;

  NotificationKind(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
