package org.foyer.appointments.entity;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.foyer.core.errors.Conflict;
import org.foyer.core.persistence.UnitOfWork;

/**
 * Writes new or changed appointments now, so that an overlap is refused here by the database's
 * exclusion constraints rather than at commit, where it could no longer be told apart from other
 * failures.
 *
 * <p>Two transactions inserting overlapping rows each wait, while checking an exclusion constraint,
 * for the other's row, and PostgreSQL breaks that deadlock by failing one of them without naming
 * the constraint: the loser could not be told whether the clinician or the room was taken. Taking
 * the clinician's and the room's locks first makes the second writer wait for the first to finish,
 * and then meet the first's committed row as a plain, named violation.
 */
public final class TimeHolds {

  /**
   * PostgreSQL's exclusion_violation, raised by the constraints that hold a clinician's and a
   * room's time.
   */
  static final String EXCLUSION_VIOLATION = "23P01";

  private static final String DEADLOCK_DETECTED = "40P01";

  private TimeHolds() {}

  /** Flushes the appointments' pending writes; refuses an overlap with the reason for it. */
  public static void write(EntityManager em, Collection<Appointment> changed) {
    List<String> locks = new ArrayList<>();
    for (Appointment appointment : changed) {
      locks.add("foyer.appointment.clinician:" + appointment.clinicianId());
      appointment.roomId().ifPresent(room -> locks.add("foyer.appointment.room:" + room));
    }
    UnitOfWork.holdLocks(em, locks);
    try {
      em.flush();
    } catch (PersistenceException e) {
      if (RoomTaken.explains(e)) {
        throw new RoomTaken();
      }
      if (ClinicianBusy.explains(e)) {
        throw new ClinicianBusy();
      }
      if (failure(e, DEADLOCK_DETECTED).isPresent()) {
        throw new Conflict(
            "Someone changed the same schedule at the same moment. Look at the calendar again and"
                + " try once more.");
      }
      throw e;
    }
  }

  /** The first database failure with the SQL state among the failure and its causes. */
  static Optional<SQLException> failure(Throwable failure, String sqlState) {
    int depth = 0;
    for (Throwable cause = failure; cause != null && depth < 32; cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sqlState.equals(sql.getSQLState())) {
        return Optional.of(sql);
      }
      depth++;
    }
    return Optional.empty();
  }
}
