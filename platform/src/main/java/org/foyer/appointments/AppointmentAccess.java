package org.foyer.appointments;

import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;

/** The one check every staff-only part of scheduling shares (calendar, rooms, rules, reminders). */
public final class AppointmentAccess {

  private AppointmentAccess() {}

  /** Anyone but staff meets the appointment as missing, not as forbidden. */
  public static void requireStaff(Caller caller) {
    if (!caller.isStaff()) {
      throw new NotFound("That appointment");
    }
  }
}
