package org.foyer.appointments.entity;

import org.foyer.core.errors.Conflict;

/** The clinician already has an appointment overlapping the time asked for. */
public class ClinicianBusy extends Conflict {

  public ClinicianBusy() {
    super(
        "The clinician already has an appointment at that time. Choose another time or"
            + " another clinician.");
  }

  /** Whether the failure, or anything it was caused by, is the clinician's time being taken. */
  static boolean explains(Throwable failure) {
    return TimeHolds.failure(failure, TimeHolds.EXCLUSION_VIOLATION).isPresent();
  }
}
