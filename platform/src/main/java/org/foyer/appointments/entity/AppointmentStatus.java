package org.foyer.appointments.entity;

/**
 * Where an appointment stands. Only a requested or booked appointment holds its clinician's time;
 * the others are history and free it.
 */
public enum AppointmentStatus {
  REQUESTED("Requested"),
  BOOKED("Booked"),
  CANCELLED("Cancelled"),
  LATE_CANCELLED("Cancelled late"),
  NO_SHOW("No-show"),
  ATTENDED("Attended");

  private final String label;

  AppointmentStatus(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  /**
   * Whether the appointment holds its clinician's time (the database's exclusion says the same).
   */
  public boolean holdsTime() {
    return this == REQUESTED || this == BOOKED;
  }

  /** The statuses that hold time, as the exclusion constraints' WHERE clause lists them. */
  public static java.util.Set<AppointmentStatus> holdingTime() {
    return java.util.EnumSet.of(REQUESTED, BOOKED);
  }

  /** Whether the appointment may still move to {@code next}: history does not change. */
  public boolean mayBecome(AppointmentStatus next) {
    return switch (this) {
      case REQUESTED -> next == BOOKED || next == CANCELLED;
      case BOOKED -> next != REQUESTED && next != BOOKED;
      case CANCELLED, LATE_CANCELLED, NO_SHOW, ATTENDED -> false;
    };
  }
}
