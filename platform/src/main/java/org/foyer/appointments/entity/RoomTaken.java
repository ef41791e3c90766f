package org.foyer.appointments.entity;

import org.foyer.core.errors.Conflict;

/** The room already has an appointment overlapping the time asked for. */
public class RoomTaken extends Conflict {

  private static final String CONSTRAINT = "appointment_room_free";

  public RoomTaken() {
    super("The room is taken at that time. Choose another room or another time.");
  }

  /**
   * Whether the failure is the room constraint's exclusion violation (rather than the clinician's).
   */
  static boolean explains(Throwable failure) {
    return TimeHolds.failure(failure, TimeHolds.EXCLUSION_VIOLATION)
        .filter(sql -> String.valueOf(sql.getMessage()).contains(CONSTRAINT))
        .isPresent();
  }
}
