package org.foyer.audit.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.audit.ActivityEvent;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditOutcome;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.tenancy.TenantId;

/**
 * Appends to and lists the current practice's audit log.
 *
 * <p>{@link #record} joins the caller's unit of work, so an audit row commits or rolls back with
 * the change it describes; called on its own it opens one. Appends of one practice are serialised
 * by a transaction-scoped advisory lock, held until the caller commits: record near the end of a
 * unit of work so that other appends of the practice wait as briefly as possible. The read of the
 * last event after taking the lock relies on READ COMMITTED (the unit of work's level), where each
 * statement sees what the previous lock holder committed.
 */
@ApplicationScoped
public class AuditLog {

  /** The most events one list call returns. */
  public static final int MAX_PAGE = 500;

  private EntityManager entityManager;
  private Clock clock;

  /** For CDI's client proxy only. */
  protected AuditLog() {}

  @Inject
  public AuditLog(EntityManager entityManager, Clock clock) {
    this.entityManager = Objects.requireNonNull(entityManager, "entity manager");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** Appends the record to the current practice's chain and returns the stored event. */
  @Transactional
  public AuditEvent record(AuditRecord record) {
    Objects.requireNonNull(record, "An audit record is required");
    TenantId practice = practiceOf(entityManager);
    lockChain(practice);
    AuditEvent event =
        findLast()
            .map(last -> AuditEvent.after(last, practice, clock.instant(), record))
            .orElseGet(() -> AuditEvent.first(practice, clock.instant(), record));
    entityManager.persist(event);
    entityManager.flush();
    return event;
  }

  /** The newest events first, at most {@code limit}. */
  @Transactional(readOnly = true)
  public List<AuditEvent> listRecent(int limit) {
    return listBefore(Long.MAX_VALUE, limit);
  }

  /**
   * The page of events older than {@code beforeSeq}, newest first: pass the last seq of the
   * previous page to get the next one (keyset paging stays fast however deep the page).
   */
  @Transactional(readOnly = true)
  public List<AuditEvent> listBefore(long beforeSeq, int limit) {
    return entityManager
        .createQuery(
            "SELECT e FROM AuditEvent e WHERE e.seq < :before ORDER BY e.seq DESC",
            AuditEvent.class)
        .setParameter("before", beforeSeq)
        .setMaxResults(checked(limit))
        .getResultList();
  }

  /**
   * The events of [{@code from}, {@code until}) older than {@code beforeSeq}, newest first; only
   * those {@code actor} did (in any case) when one is named. For the practice's review of its log.
   */
  @Transactional(readOnly = true)
  public List<AuditEvent> listBetween(
      String actor, Instant from, Instant until, long beforeSeq, int limit) {
    TypedQuery<AuditEvent> query =
        entityManager.createQuery(
            "SELECT e FROM AuditEvent e WHERE e.seq < :before"
                + " AND e.occurredAt >= :from AND e.occurredAt < :until"
                + (actor == null ? "" : " AND LOWER(e.actor) = :actor")
                + " ORDER BY e.seq DESC",
            AuditEvent.class);
    if (actor != null) {
      query.setParameter("actor", actor.toLowerCase(Locale.ROOT));
    }
    return query
        .setParameter("before", beforeSeq)
        .setParameter("from", Objects.requireNonNull(from, "from"))
        .setParameter("until", Objects.requireNonNull(until, "until"))
        .setMaxResults(checked(limit))
        .getResultList();
  }

  /**
   * The client's own view of their record's history: successful events about the client (subject
   * {@code client <id>} or beginning {@code client <id> }, the convention every feature follows)
   * older than {@code beforeSeq}, newest first. Events done through the portal (those with an
   * on-behalf-of) are included only when {@code portalActor} did them, so one contact never sees
   * another's comings and goings.
   *
   * @param leaveOut actions not worth showing (switching profiles, for example)
   */
  @Transactional(readOnly = true)
  public List<ActivityEvent> listClientActivity(
      UUID clientId, String portalActor, Set<AuditAction> leaveOut, long beforeSeq, int limit) {
    return listClientActivity(clientId, portalActor, false, leaveOut, beforeSeq, limit);
  }

  /**
   * The client's activity as above; with {@code everyPortalActor}, what every portal login did on
   * the client's behalf too (for the client's own view of who saw their record).
   */
  @Transactional(readOnly = true)
  public List<ActivityEvent> listClientActivity(
      UUID clientId,
      String portalActor,
      boolean everyPortalActor,
      Set<AuditAction> leaveOut,
      long beforeSeq,
      int limit) {
    TypedQuery<AuditEvent> query =
        aboutClient(
            clientId,
            " AND e.outcome = :success AND e.action NOT IN :leaveOut"
                + (everyPortalActor ? "" : " AND (e.onBehalfOf IS NULL OR e.actor = :actor)"),
            beforeSeq,
            limit);
    if (!everyPortalActor) {
      query.setParameter("actor", portalActor == null ? "" : portalActor);
    }
    return query
        .setParameter("success", AuditOutcome.SUCCESS.name())
        .setParameter("leaveOut", actionNames(leaveOut))
        .getResultStream()
        .map(AuditEvent::asActivity)
        .toList();
  }

  /**
   * Everything recorded about one client older than {@code beforeSeq}, newest first, refusals and
   * failures included: the practice's own review of who reached the record, from where.
   */
  @Transactional(readOnly = true)
  public List<AuditEvent> listAboutClient(UUID clientId, long beforeSeq, int limit) {
    return aboutClient(clientId, "", beforeSeq, limit).getResultList();
  }

  /**
   * Events whose subject is {@code client <id>} or begins {@code client <id> }, the convention
   * every feature follows, narrowed by {@code alsoWhere}.
   */
  private TypedQuery<AuditEvent> aboutClient(
      UUID clientId, String alsoWhere, long beforeSeq, int limit) {
    Objects.requireNonNull(clientId, "client");
    String subject = "client " + clientId;
    // A UUID holds no LIKE wildcards, and its fixed length means the prefix matches no other
    // client; the trailing space keeps "client <id>" from matching a longer id.
    return entityManager
        .createQuery(
            "SELECT e FROM AuditEvent e"
                + " WHERE (e.subject = :subject OR e.subject LIKE :prefix) AND e.seq < :before"
                + alsoWhere
                + " ORDER BY e.seq DESC",
            AuditEvent.class)
        .setParameter("subject", subject)
        .setParameter("prefix", subject + " %")
        .setParameter("before", beforeSeq)
        .setMaxResults(checked(limit));
  }

  private static int checked(int limit) {
    if (limit < 1 || limit > MAX_PAGE) {
      throw new IllegalArgumentException(
          "An audit page holds 1 to " + MAX_PAGE + " events, not " + limit);
    }
    return limit;
  }

  /** Never empty: JPQL has no empty IN list, and no action is named "". */
  private static List<String> actionNames(Set<AuditAction> actions) {
    List<String> names = new ArrayList<>(List.of(""));
    actions.forEach(action -> names.add(action.name()));
    return names;
  }

  private Optional<AuditEvent> findLast() {
    return entityManager
        .createQuery("SELECT e FROM AuditEvent e ORDER BY e.seq DESC", AuditEvent.class)
        .setMaxResults(1)
        .getResultList()
        .stream()
        .findFirst();
  }

  /**
   * Waits for, and holds until the transaction ends, the practice's audit lock, so that two appends
   * cannot both read the same last event. A row lock on the last event would not cover a practice's
   * first event.
   */
  private void lockChain(TenantId practice) {
    UnitOfWork.holdLocks(entityManager, List.of("foyer.audit_event:" + practice));
  }

  /**
   * The practice of the running unit of work, as EclipseLink will write it into {@code tenant_id}:
   * the hash and the lock must use the same practice as the row.
   */
  static TenantId practiceOf(EntityManager entityManager) {
    Object tenant = entityManager.getProperties().get(UnitOfWork.TENANT_PROPERTY);
    if (tenant == null || tenant.toString().isBlank()) {
      throw new IllegalStateException(
          "The audit log belongs to a practice; this unit of work has none");
    }
    return TenantId.of(tenant.toString());
  }
}
