package org.foyer.appointments.entity;

import java.sql.SQLException;
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
  public static boolean explains(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && "23P01".equals(sql.getSQLState())
          && String.valueOf(sql.getMessage()).contains(CONSTRAINT)) {
        return true;
      }
      depth++;
    }
    return false;
  }
}
