package org.foyer.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.fixtures.Benchmarks;
import org.foyer.portal.activity.TrailPractice;
import org.junit.jupiter.api.Test;

/**
 * The audit log page of a practice with two years of events (300,000, seeded by SQL): a week of a
 * year ago, of everyone and of one member of staff, and a client's access history. Asserts what
 * must hold on any machine (the plans use the log's indexes, never a sequential scan of it); prints
 * the times, which are this machine's.
 */
class AuditLogBenchmarkTest {

  static final int EVENTS = 300_000;
  static final LocalDate WEEK = LocalDate.of(2025, 12, 1);

  final ReviewedPractice practice = new ReviewedPractice("audit-bench");
  final TrailPractice trail = practice.trail;
  final PracticeAuditLog log =
      new PracticeAuditLog(trail.audit, practice.reviewers, practice.telling);
  final AccessHistory history =
      new AccessHistory(trail.audit, practice.reviewers, trail.records, practice.telling);

  @Test
  void aWeekOfTwoYearsOfEventsIsReadThroughTheIndexes() throws Exception {
    UUID jo = trail.client(practice.kim, "Jo");
    seed(jo);

    AuditLogView everyone = read("");
    AuditLogView one = read("Staff7@example.org");
    assertThat(everyone.entries()).hasSize(PracticeAuditLog.PAGE_SIZE);
    assertThat(one.entries())
        .isNotEmpty()
        .allMatch(entry -> entry.who().equals("staff7@example.org"));

    String everyonePlan = explain(null);
    String onePlan = explain("staff7@example.org");
    System.out.println("EXPLAIN (ANALYZE, BUFFERS), everyone's week:\n" + everyonePlan);
    System.out.println("EXPLAIN (ANALYZE, BUFFERS), one person's week:\n" + onePlan);
    assertThat(everyonePlan).doesNotContain("Seq Scan on audit_event");
    assertThat(onePlan).doesNotContain("Seq Scan on audit_event");

    Benchmarks.report("Audit log, everyone's week a year ago", () -> read(""));
    Benchmarks.report("Audit log, one person's week a year ago", () -> read("staff7@example.org"));
    Benchmarks.report(
        "Access history, newest page of a client in " + EVENTS + " events",
        () -> trail.in(() -> history.read(practice.kim, jo, Long.MAX_VALUE, "198.51.100.7")));
  }

  private AuditLogView read(String person) {
    return trail.in(
        () ->
            log.read(
                practice.kim,
                new AuditLogQuery(person, WEEK, WEEK.plusDays(6), Long.MAX_VALUE),
                ZoneOffset.UTC,
                "198.51.100.7"));
  }

  /**
   * Two years from 1 January 2025, one event every 210 seconds: thirty members of staff take turns,
   * each opening one of the practice's clients (one in a hundred is Jo) or signing in. The hashes
   * are placeholders: this reads the log, it does not verify it.
   */
  private void seed(UUID jo) throws Exception {
    try (Connection c = TestDatabase.get().database().openOwnerConnection()) {
      c.setAutoCommit(false);
      try (PreparedStatement tenancy =
          c.prepareStatement("SELECT set_config('foyer.tenant_id', ?, true)")) {
        tenancy.setString(1, trail.tenant.toString());
        tenancy.execute();
      }
      long first;
      try (PreparedStatement last =
          c.prepareStatement("SELECT coalesce(max(seq), 0) FROM audit_event WHERE tenant_id = ?")) {
        last.setObject(1, trail.tenant.value());
        var rows = last.executeQuery();
        rows.next();
        first = rows.getLong(1);
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "INSERT INTO audit_event (tenant_id, id, version, seq, occurred_at, actor, action,"
                  + "   subject, outcome, prev_hash, hash)"
                  + " SELECT ?, gen_random_uuid(), 1, ? + n, ?::timestamptz + n * interval '210 seconds',"
                  + "   'staff' || (n % 30) || '@example.org',"
                  + "   CASE WHEN n % 7 = 0 THEN 'SIGN_IN' ELSE 'RECORD_READ' END,"
                  + "   CASE WHEN n % 7 = 0 THEN NULL"
                  + "     WHEN n % 100 = 1 THEN 'client ' || ? || ' opened'"
                  + "     ELSE 'client ' || gen_random_uuid() || ' opened' END,"
                  + "   'SUCCESS', repeat('0', 64), repeat('0', 64)"
                  + " FROM generate_series(1, ?) n")) {
        insert.setObject(1, trail.tenant.value());
        insert.setLong(2, first);
        insert.setTimestamp(
            3, Timestamp.from(LocalDate.of(2025, 1, 1).atStartOfDay(ZoneId.of("UTC")).toInstant()));
        insert.setString(4, jo.toString());
        insert.setInt(5, EVENTS);
        assertThat(insert.executeUpdate()).isEqualTo(EVENTS);
      }
      c.commit();
      try (Statement analyze = c.createStatement()) {
        analyze.execute("ANALYZE audit_event");
      }
      c.commit();
    }
  }

  /** The plan of the page's query as the application runs it: app role, tenant's row security. */
  private String explain(String person) {
    String sql =
        "SELECT * FROM audit_event WHERE tenant_id = ? AND seq < ? AND occurred_at >= ?"
            + " AND occurred_at < ?"
            + (person == null ? "" : " AND lower(actor) = ?")
            + " ORDER BY seq DESC LIMIT 51";
    Timestamp from = Timestamp.from(WEEK.atStartOfDay(ZoneOffset.UTC).toInstant());
    Timestamp until = Timestamp.from(WEEK.plusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant());
    Object[] parameters =
        person == null
            ? new Object[] {trail.tenant.value(), Long.MAX_VALUE, from, until}
            : new Object[] {trail.tenant.value(), Long.MAX_VALUE, from, until, person};
    return trail.in(() -> Benchmarks.explain(TestDatabase.get().entityManager(), sql, parameters));
  }
}
