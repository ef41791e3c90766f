package org.foyer.audit;

import java.time.Instant;
import java.util.Optional;

/**
 * One successful event of a client's trail, as the portal tells it to the client: who did what,
 * when, and on whose behalf. Chain hashes and addresses stay with the audit log.
 *
 * @param action empty for an action recorded by newer code than this instance runs
 * @param onBehalfOf set when a portal login acted for the client, else null
 */
public record ActivityEvent(
    long seq,
    Instant occurredAt,
    String actor,
    String onBehalfOf,
    Optional<AuditAction> action,
    String subject) {}
