package org.foyer.core.mail;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.persistence.config.QueryHints;

/**
 * Finds and locks the due messages of the practice of the running unit of work with {@code SELECT
 * ... FOR UPDATE SKIP LOCKED}: rows another sender has locked are passed over instead of waited
 * for, so any number of instances can claim side by side and none claims a row twice.
 *
 * <p>Native SQL, reviewed (listed in ArchitectureTest): EclipseLink 4 has no SKIP LOCKED (its
 * PostgreSQL platform knows only FOR UPDATE and NOWAIT, and the lock timeout hint -2 is not
 * translated). The query only reads ids; row-level security binds it to the unit of work's
 * practice, and the explicit {@code tenant_id} condition lets it use the partial due index.
 */
final class OutboxClaims {

  private static final String DUE =
      "SELECT id FROM outbox_message"
          + " WHERE tenant_id = foyer_current_tenant()"
          + " AND status IN ('QUEUED', 'SENDING')"
          + " AND next_attempt_at <= CAST(?1 AS timestamptz)"
          + " ORDER BY next_attempt_at"
          + " LIMIT ?2"
          + " FOR UPDATE SKIP LOCKED";

  private OutboxClaims() {}

  /** Locks up to {@code limit} due messages until the unit of work ends and loads them. */
  static List<OutboxMessage> lockDue(EntityManager em, Instant now, int limit) {
    List<?> ids =
        em.createNativeQuery(DUE)
            .setParameter(1, now.toString())
            .setParameter(2, limit)
            // EclipseLink refuses native SQL once multitenant entities exist; this one is reviewed.
            .setHint(QueryHints.ALLOW_NATIVE_SQL_QUERY, true)
            .getResultList();
    if (ids.isEmpty()) {
      return List.of();
    }
    List<UUID> keys = ids.stream().map(id -> UUID.fromString(id.toString())).toList();
    return em.createQuery(
            "SELECT m FROM OutboxMessage m WHERE m.id IN :ids ORDER BY m.nextAttemptAt",
            OutboxMessage.class)
        .setParameter("ids", keys)
        .getResultList();
  }
}
