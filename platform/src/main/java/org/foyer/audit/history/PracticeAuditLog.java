package org.foyer.audit.history;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

  /** The most events one export holds: a year of a busy practice's days is read in parts. */
  public static final int MOST_EXPORTED = 20_000;

  private AuditLog audit;
  private AuditReviewers reviewers;
  private EventTelling telling;
  private int mostExported;

  protected PracticeAuditLog() {}

  @Inject
  public PracticeAuditLog(AuditLog audit, AuditReviewers reviewers, EventTelling telling) {
    this(audit, reviewers, telling, MOST_EXPORTED);
  }

  /** With another most an export holds: tests reach it without writing 20,000 events. */
  PracticeAuditLog(
      AuditLog audit, AuditReviewers reviewers, EventTelling telling, int mostExported) {
    this.mostExported = mostExported;
    this.audit = audit;
    this.reviewers = reviewers;
    this.telling = telling;
  }

  /**
   * One page of the log, newest first.
   *
   * @param zone the practice's time zone, whose calendar the query's days are on
   * @throws InvalidInput naming {@code from} or {@code to} for days missing, reversed or more than
   *     a year apart, or {@code person} for an address longer than any the log holds
   */
  public AuditLogView read(Caller caller, AuditLogQuery query, ZoneId zone, String address) {
    reviewers.require(caller, AuditAction.AUDIT_LOG_READ, null, address, WHAT);
    Window window = Window.of(query, zone);
    List<AuditEvent> events =
        audit.listBetween(
            window.person(),
            window.from(),
            window.until(),
            Math.max(1, query.before()),
            PAGE_SIZE + 1);
    boolean older = events.size() > PAGE_SIZE;
    List<AuditEvent> page = older ? events.subList(0, PAGE_SIZE) : events;
    List<AccessEntry> entries = telling.tell(caller, page);
    recordReading(caller, query, window, "read", address);
    return new AuditLogView(entries, older ? page.get(page.size() - 1).seq() : null);
  }

  /**
   * Every event of the query's days, newest first, for a spreadsheet: refused, naming {@code to},
   * when they hold more than {@link #MOST_EXPORTED}, so that an export is never cut short unsaid.
   */
  public List<AccessEntry> export(Caller caller, AuditLogQuery query, ZoneId zone, String address) {
    reviewers.require(caller, AuditAction.AUDIT_LOG_READ, null, address, WHAT);
    Window window = Window.of(query, zone);
    List<AccessEntry> entries = new ArrayList<>();
    long before = Long.MAX_VALUE;
    while (true) {
      List<AuditEvent> page =
          audit.listBetween(
              window.person(), window.from(), window.until(), before, AuditLog.MAX_PAGE);
      if (entries.size() + page.size() > mostExported) {
        throw invalid(
            "to",
            "These days hold more than "
                + String.format(Locale.ENGLISH, "%,d", mostExported)
                + " events: export fewer days, or one person's");
      }
      entries.addAll(telling.tell(caller, page));
      if (page.size() < AuditLog.MAX_PAGE) {
        break;
      }
      before = page.get(page.size() - 1).seq();
    }
    recordReading(caller, query, window, "exported", address);
    return entries;
  }

  private void recordReading(
      Caller caller, AuditLogQuery query, Window window, String how, String address) {
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.AUDIT_LOG_READ)
            .about(
                "audit log "
                    + query.from()
                    + " to "
                    + query.to()
                    + (window.person() == null ? "" : " of " + window.person())
                    + " "
                    + how)
            .from(address));
  }

  /** The instants a query's days span on the practice's calendar, and whose events it asks for. */
  private record Window(String person, Instant from, Instant until) {

    static Window of(AuditLogQuery query, ZoneId zone) {
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
      return new Window(
          person,
          query.from().atStartOfDay(zone).toInstant(),
          query.to().plusDays(1).atStartOfDay(zone).toInstant());
    }
  }

  private static InvalidInput invalid(String field, String problem) {
    return new InvalidInput(problem, Map.of(field, problem));
  }
}
