package org.foyer.audit.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditOutcome;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.audit.entity.ChainHash;
import org.foyer.audit.entity.ChainVerification;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.tenancy.TenantId;
import org.foyer.fixtures.SamplePractices;
import org.junit.jupiter.api.Test;

/** The audit log against the real schema: chaining, isolation, concurrency and transactions. */
class AuditLogTest {

  static final TestDatabase db = TestDatabase.get();

  final SteppingClock clock =
      new SteppingClock(Instant.parse("2025-03-01T09:00:00.123456789Z"), Duration.ofMillis(1));
  final AuditLog log = new AuditLog(db.entityManager(), clock);
  final AuditVerifier verifier = new AuditVerifier(db.entityManager());

  static AuditRecord signIn(String actor) {
    return AuditRecord.success(actor, AuditAction.SIGN_IN).from("203.0.113.7");
  }

  void recordMany(TenantId practice, String actor, int count) {
    for (int i = 0; i < count; i++) {
      AuditRecord record = signIn(actor + i);
      db.inTenant(practice, () -> log.record(record));
    }
  }

  List<AuditEvent> oldestFirst(TenantId practice) {
    List<AuditEvent> events =
        new ArrayList<>(db.inTenant(practice, () -> log.listRecent(AuditLog.MAX_PAGE)));
    Collections.reverse(events);
    return events;
  }

  @Test
  void eventsOfAPracticeLinkIntoOneChain() {
    TenantId practice = SamplePractices.create(db, "chain");
    recordMany(practice, "jane", 40);

    List<AuditEvent> events = oldestFirst(practice);
    assertThat(events).extracting(AuditEvent::seq).containsExactly(seqs(40));
    assertThat(events.get(0).prevHash()).isEqualTo(ChainHash.GENESIS);
    for (int i = 1; i < events.size(); i++) {
      assertThat(events.get(i).prevHash()).isEqualTo(events.get(i - 1).hash());
    }
    ChainVerification result = db.inTenant(practice, verifier::verify);
    assertThat(result.isIntact()).isTrue();
    assertThat(result.intactEvents()).isEqualTo(40);
    assertThat(result.headHash()).isEqualTo(events.get(39).hash());
  }

  @Test
  void verifierWalksALogLongerThanOnePage() {
    TenantId practice = SamplePractices.create(db, "pages");
    recordMany(practice, "jane", 23);

    ChainVerification result =
        db.inTenant(practice, () -> new AuditVerifier(db.entityManager(), 5).verify());
    assertThat(result.isIntact()).isTrue();
    assertThat(result.intactEvents()).isEqualTo(23);
  }

  @Test
  void emptyLogIsIntact() {
    TenantId practice = SamplePractices.create(db, "empty");
    ChainVerification result = db.inTenant(practice, verifier::verify);
    assertThat(result.isIntact()).isTrue();
    assertThat(result.intactEvents()).isZero();
    assertThat(result.headHash()).isEqualTo(ChainHash.GENESIS);
  }

  @Test
  void storedEventReadsBackExactlyAsWritten() {
    TenantId practice = SamplePractices.create(db, "readback");
    AuditRecord record =
        AuditRecord.denied("tom@example.org", AuditAction.RECORD_READ)
            .onBehalfOf("client:ünïcødé")
            .about("client-record:7")
            .from("2001:db8::1");
    AuditEvent written = db.inTenant(practice, () -> log.record(record));

    AuditEvent read = db.inTenant(practice, () -> log.listRecent(1)).get(0);
    assertThat(read.id()).isEqualTo(written.id());
    assertThat(read.occurredAt()).isEqualTo(Instant.parse("2025-03-01T09:00:00.123456Z"));
    assertThat(read.hash()).isEqualTo(written.hash());
    assertThat(read.onBehalfOf()).isEqualTo("client:ünïcødé");
    assertThat(read.outcome()).isEqualTo(AuditOutcome.DENIED);
    assertThat(db.inTenant(practice, verifier::verify).isIntact()).isTrue();
  }

  @Test
  void twoPracticesKeepIndependentChainsAndNeverSeeEachOther() {
    TenantId north = SamplePractices.create(db, "north");
    TenantId south = SamplePractices.create(db, "south");
    for (int i = 0; i < 10; i++) {
      db.inTenant(north, () -> log.record(signIn("north-user")));
      db.inTenant(south, () -> log.record(signIn("south-user")));
      db.inTenant(south, () -> log.record(signIn("south-user")));
    }

    assertThat(oldestFirst(north)).extracting(AuditEvent::seq).containsExactly(seqs(10));
    assertThat(oldestFirst(north)).extracting(AuditEvent::actor).containsOnly("north-user");
    assertThat(oldestFirst(south)).extracting(AuditEvent::seq).containsExactly(seqs(20));
    assertThat(oldestFirst(south)).extracting(AuditEvent::actor).containsOnly("south-user");
    assertThat(db.inTenant(north, verifier::verify).intactEvents()).isEqualTo(10);
    assertThat(db.inTenant(south, verifier::verify).intactEvents()).isEqualTo(20);
  }

  @Test
  void concurrentAppendsFormAGaplessValidChain() throws Exception {
    TenantId practice = SamplePractices.create(db, "busy");
    int threads = 8;
    int perThread = 25;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Callable<Void>> work = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        String actor = "thread-" + t;
        work.add(
            () -> {
              for (int i = 0; i < perThread; i++) {
                db.inTenant(practice, () -> log.record(signIn(actor)));
              }
              return null;
            });
      }
      for (Future<Void> done : pool.invokeAll(work, 2, TimeUnit.MINUTES)) {
        done.get();
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(oldestFirst(practice))
        .extracting(AuditEvent::seq)
        .containsExactly(seqs(threads * perThread));
    ChainVerification result = db.inTenant(practice, verifier::verify);
    assertThat(result.isIntact()).isTrue();
    assertThat(result.intactEvents()).isEqualTo(threads * perThread);
  }

  @Test
  void rolledBackUnitOfWorkLeavesNoAuditRow() {
    TenantId practice = SamplePractices.create(db, "rollback");
    assertThatThrownBy(
            () ->
                db.inTenant(
                    practice,
                    () -> {
                      log.record(
                          AuditRecord.success("jane", AuditAction.STAFF_CHANGED).about("staff:1"));
                      throw new IllegalStateException("the change itself failed");
                    }))
        .hasMessage("the change itself failed");

    assertThat(db.inTenant(practice, () -> log.listRecent(10))).isEmpty();
    AuditEvent next = db.inTenant(practice, () -> log.record(signIn("jane")));
    assertThat(next.seq()).isEqualTo(1);
    assertThat(next.prevHash()).isEqualTo(ChainHash.GENESIS);
  }

  @Test
  void severalRecordsInOneUnitOfWorkChainInOrder() {
    TenantId practice = SamplePractices.create(db, "batch");
    db.inTenant(
        practice,
        () -> {
          log.record(AuditRecord.success("admin", AuditAction.PRACTICE_CREATED));
          log.record(AuditRecord.success("admin", AuditAction.STAFF_CREATED).about("staff:1"));
          return log.record(AuditRecord.success("admin", AuditAction.STAFF_CREATED));
        });

    assertThat(oldestFirst(practice))
        .extracting(AuditEvent::action)
        .containsExactly(
            AuditAction.PRACTICE_CREATED, AuditAction.STAFF_CREATED, AuditAction.STAFF_CREATED);
    assertThat(db.inTenant(practice, verifier::verify).intactEvents()).isEqualTo(3);
  }

  @Test
  void listingPagesNewestFirst() {
    TenantId practice = SamplePractices.create(db, "listing");
    recordMany(practice, "user", 7);

    List<AuditEvent> first = db.inTenant(practice, () -> log.listRecent(3));
    assertThat(first).extracting(AuditEvent::seq).containsExactly(7L, 6L, 5L);
    List<AuditEvent> second = db.inTenant(practice, () -> log.listBefore(5, 3));
    assertThat(second).extracting(AuditEvent::seq).containsExactly(4L, 3L, 2L);
    List<AuditEvent> last = db.inTenant(practice, () -> log.listBefore(2, 3));
    assertThat(last).extracting(AuditEvent::seq).containsExactly(1L);
  }

  @Test
  void unreasonablePageSizeIsRefused() {
    TenantId practice = SamplePractices.create(db, "limits");
    assertThatThrownBy(() -> db.inTenant(practice, () -> log.listRecent(0)))
        .hasMessage("An audit page holds 1 to 500 events, not 0");
    assertThatThrownBy(() -> db.inTenant(practice, () -> log.listRecent(501)))
        .hasMessage("An audit page holds 1 to 500 events, not 501");
  }

  @Test
  void recordingWithoutAPracticeIsRefused() {
    assertThatThrownBy(() -> db.unitOfWork().run(null, false, () -> log.record(signIn("jane"))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("this unit of work has none");
  }

  @Test
  void nullRecordIsRefused() {
    TenantId practice = SamplePractices.create(db, "null");
    assertThatThrownBy(() -> db.inTenant(practice, () -> log.record(null)))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("An audit record is required");
  }

  @Test
  void applicationRoleCanReadAndAppendButNeverChangeOrRemove() throws SQLException {
    TenantId practice = SamplePractices.create(db, "approle");
    recordMany(practice, "jane", 2);
    try (Connection connection = db.database().openAppConnection()) {
      connection.setAutoCommit(false);
      AuditTampering.setPractice(connection, practice);
      assertThat(AuditTampering.count(connection)).isEqualTo(2);
      assertRefused(connection, "UPDATE audit_event SET actor = 'mallory'", "permission denied");
      assertRefused(connection, "DELETE FROM audit_event WHERE seq = 1", "permission denied");
      assertRefused(connection, "TRUNCATE audit_event", "permission denied");
    }
  }

  @Test
  void evenTheOwnerCannotChangeOrRemoveWhileTheTriggerStands() throws SQLException {
    TenantId practice = SamplePractices.create(db, "owner");
    recordMany(practice, "jane", 2);
    try (Connection connection = db.database().openOwnerConnection()) {
      connection.setAutoCommit(false);
      AuditTampering.setPractice(connection, practice);
      assertRefused(connection, "UPDATE audit_event SET actor = 'mallory'", "append-only");
      assertRefused(connection, "DELETE FROM audit_event WHERE seq = 1", "append-only");
      assertRefused(connection, "TRUNCATE audit_event", "append-only");
      assertRefused(
          connection, "SET LOCAL session_replication_role = replica", "permission denied");
    }
  }

  static void assertRefused(Connection connection, String sql, String message) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("SAVEPOINT attempt");
      assertThatThrownBy(() -> statement.execute(sql))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining(message);
      statement.execute("ROLLBACK TO SAVEPOINT attempt");
    }
  }

  static Long[] seqs(int count) {
    Long[] seqs = new Long[count];
    for (int i = 0; i < count; i++) {
      seqs[i] = i + 1L;
    }
    return seqs;
  }
}
