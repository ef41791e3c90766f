package org.foyer.intake.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.config.QueryHints;
import org.foyer.intake.entity.AssignedForm;

/**
 * Finds and locks the open forms of the unit of work's practice whose reminder is due, with {@code
 * SELECT ... FOR UPDATE SKIP LOCKED}, so instances running reminders side by side never remind for
 * the same form twice.
 *
 * <p>Native SQL, reviewed (listed in ArchitectureTest), for the reason of {@code OutboxClaims}:
 * EclipseLink 4 cannot say SKIP LOCKED. It reads ids only; row-level security binds it to the unit
 * of work's practice and the explicit {@code tenant_id} condition uses the per-client index.
 */
public final class ReminderClaims {

  private static final String DUE =
      "SELECT id FROM intake_form"
          + " WHERE tenant_id = foyer_current_tenant()"
          + " AND status IN ('OUTSTANDING', 'IN_PROGRESS', 'AWAITING_SIGNATURE')"
          + " AND notified_at IS NOT NULL"
          + " AND notified_at <= CAST(?1 AS timestamptz)"
          + " AND reminders_sent < ?2"
          + " ORDER BY notified_at"
          + " LIMIT ?3"
          + " FOR UPDATE SKIP LOCKED";

  private ReminderClaims() {}

  /** Locks up to {@code batch} forms last told about before {@code dueBefore}. */
  public static List<AssignedForm> lockDue(
      EntityManager em, Instant dueBefore, int limit, int batch) {
    List<?> ids =
        em.createNativeQuery(DUE)
            .setParameter(1, dueBefore.toString())
            .setParameter(2, limit)
            .setParameter(3, batch)
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "SELECT f FROM AssignedForm f WHERE f.id IN :ids ORDER BY f.clientId",
            AssignedForm.class)
        .setParameter("ids", ids.stream().map(id -> UUID.fromString(id.toString())).toList())
        .getResultList();
  }
}
