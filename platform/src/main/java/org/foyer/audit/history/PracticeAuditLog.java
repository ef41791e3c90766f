package org.foyer.audit.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.audit.control.AuditReviewers;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;

/**
 * The practice's audit log for those who review it: everything recorded between two days of the
 * practice's calendar, of everyone or of one person, in plain words (who, what, about which
 * client), refusals marked, newest first. Staff without "Review the audit log" are refused and the
 * attempt is recorded; anyone else meets 404. Each reading is recorded, after the page is read.
 *
 * <p>Not one transaction, for the same reason as {@link AccessHistory}.
 */
@ApplicationScoped
public class PracticeAuditLog {

  public static final int PAGE_SIZE = 50;
  public static final int LONGEST_SPAN_DAYS = 366;
  public static final String WHAT = "The audit log";

  private AuditLog audit;
  private AuditReviewers reviewers;
  private EventTelling telling;

  protected PracticeAuditLog() {}

  @Inject
  public PracticeAuditLog(AuditLog audit, AuditReviewers reviewers, EventTelling telling) {
    this.audit = audit;
    this.reviewers = reviewers;
    this.telling = telling;
  }

  /**
   * @param zone the practice's time zone, whose calendar the query's days are on
   * @throws InvalidInput naming {@code from} or {@code to} for days missing, reversed or more than
   *     a year apart, or {@code person} for an address longer than any the log holds
   */
  public AuditLogView read(Caller caller, AuditLogQuery query, ZoneId zone, String address) {
    reviewers.require(caller, AuditAction.AUDIT_LOG_READ, null, address, WHAT);
    if (query.from() == null || query.to() == null) {
      throw invalid("from", "Choose the first and the last day to read");
    }
    if (query.to().isBefore(query.from())) {
      throw invalid("to", "The last day comes on or after the first");
    }
    if (ChronoUnit.DAYS.between(query.from(), query.to()) >= LONGEST_SPAN_DAYS) {
      throw invalid("to", "Read at most a year at a time");
    }
    String person =
        query.person() == null || query.person().isBlank() ? null : query.person().strip();
    if (person != null && person.length() > AuditRecord.ACTOR_LENGTH) {
      throw invalid("person", "Nobody's address is that long");
    }
    Instant from = query.from().atStartOfDay(zone).toInstant();
    Instant until = query.to().plusDays(1).atStartOfDay(zone).toInstant();
    List<AuditEvent> events =
        audit.listBetween(person, from, until, Math.max(1, query.before()), PAGE_SIZE + 1);
    boolean older = events.size() > PAGE_SIZE;
    List<AuditEvent> page = older ? events.subList(0, PAGE_SIZE) : events;
    List<AccessEntry> entries = telling.tell(caller, page);
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.AUDIT_LOG_READ)
            .about(
                "audit log "
                    + query.from()
                    + " to "
                    + query.to()
                    + (person == null ? "" : " of " + person))
            .from(address));
    return new AuditLogView(entries, older ? page.get(page.size() - 1).seq() : null);
  }

  private static InvalidInput invalid(String field, String problem) {
    return new InvalidInput(problem, Map.of(field, problem));
  }
}
