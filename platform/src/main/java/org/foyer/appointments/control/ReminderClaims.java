package org.foyer.appointments.control;

import jakarta.persistence.EntityManager;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.UUID;
import org.foyer.core.tenancy.Tenancy;

/**
 * Claims one reminder of one appointment by inserting its row first: {@code ON CONFLICT DO
 * NOTHING}, which EclipseLink cannot express, lets two instances race for the same reminder and
 * only one of them win, without an exception undoing the rest of the run.
 */
public final class ReminderClaims {

  private ReminderClaims() {}

  /**
   * @param mailed whether this claim sends mail (false for a lead time already past at booking)
   * @return whether this run took the reminder; false when another run had
   */
  public static boolean claim(
      EntityManager em, UUID appointmentId, int leadHours, boolean mailed, Instant now) {
    return em.createNativeQuery(
                "INSERT INTO appointment_reminder"
                    + " (tenant_id, id, version, appointment_id, lead_hours, mailed, decided_at)"
                    + " VALUES (?, ?, 0, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .setParameter(1, Tenancy.require().value())
            .setParameter(2, UUID.randomUUID())
            .setParameter(3, appointmentId)
            .setParameter(4, leadHours)
            .setParameter(5, mailed)
            .setParameter(6, Timestamp.from(now))
            .executeUpdate()
        == 1;
  }
}
