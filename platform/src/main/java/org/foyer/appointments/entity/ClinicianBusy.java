package org.foyer.appointments.entity;

import java.sql.SQLException;
import org.foyer.core.errors.Conflict;

/** The clinician already has an appointment overlapping the time asked for. */
public class ClinicianBusy extends Conflict {

  public ClinicianBusy() {
    super(
        "The clinician already has an appointment at that time. Choose another time or"
            + " another clinician.");
  }

  /** PostgreSQL's exclusion_violation, raised by the constraint that keeps a clinician's time. */
  private static final String EXCLUSION_VIOLATION = "23P01";

  /** Whether the failure, or anything it was caused by, is the clinician's time being taken. */
  public static boolean explains(Throwable failure) {
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && EXCLUSION_VIOLATION.equals(sql.getSQLState())) {
        return true;
      }
      depth++;
    }
    return false;
  }
}
