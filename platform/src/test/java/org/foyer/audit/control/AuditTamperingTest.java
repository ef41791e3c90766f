package org.foyer.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.audit.entity.BrokenLink;
import org.foyer.audit.entity.ChainHash;
import org.foyer.audit.entity.ChainVerification;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.tenancy.TenantId;
import org.foyer.fixtures.SamplePractices;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Each test builds a practice with ten audit events, tampers with them as the schema owner (the
 * append-only trigger switched off), and expects the verifier to name the first broken seq.
 */
class AuditTamperingTest {

  static final TestDatabase db = TestDatabase.get();

  final AuditLog log = new AuditLog(db.entityManager(), Clock.systemUTC());
  TenantId practice;

  @BeforeEach
  void tenEvents() {
    practice = SamplePractices.create(db, "tamper");
    for (int i = 1; i <= 10; i++) {
      String actor = "user" + i;
      db.inTenant(
          practice,
          () ->
              log.record(
                  AuditRecord.success(actor, AuditAction.RECORD_READ).about("client-record:1")));
    }
  }

  ChainVerification verify(int pageSize) {
    return db.inTenant(practice, () -> new AuditVerifier(db.entityManager(), pageSize).verify());
  }

  BrokenLink firstBrokenLink() {
    ChainVerification result = verify(3);
    assertThat(result.isIntact()).isFalse();
    assertThat(verify(1000)).as("the same answer whatever the page size").isEqualTo(result);
    return result.findBrokenLink().orElseThrow();
  }

  void tamper(String... sql) throws SQLException {
    AuditTampering.asOwner(db.database(), practice, sql);
  }

  @Test
  void untouchedChainIsIntact() {
    assertThat(verify(3).isIntact()).isTrue();
  }

  @Test
  void editedFieldIsReportedAtItsSeq() throws SQLException {
    tamper("UPDATE audit_event SET actor = 'someone-else' WHERE seq = 5");

    BrokenLink broken = firstBrokenLink();
    assertThat(broken.seq()).isEqualTo(5);
    assertThat(broken.reason()).isEqualTo(BrokenLink.Reason.HASH_MISMATCH);
    assertThat(verify(3).intactEvents()).isEqualTo(4);
  }

  @Test
  void editedTimeIsReported() throws SQLException {
    tamper("UPDATE audit_event SET occurred_at = occurred_at - interval '1 day' WHERE seq = 2");

    assertThat(firstBrokenLink().seq()).isEqualTo(2);
  }

  @Test
  void actionNoLongerKnownIsReportedNotFailed() throws SQLException {
    tamper("UPDATE audit_event SET action = 'NOTHING_HAPPENED' WHERE seq = 7");

    BrokenLink broken = firstBrokenLink();
    assertThat(broken.seq()).isEqualTo(7);
    assertThat(broken.reason()).isEqualTo(BrokenLink.Reason.HASH_MISMATCH);
  }

  @Test
  void editedAndResealedRowBreaksTheNextLink() throws SQLException {
    AuditEvent original = db.inTenant(practice, () -> log.listBefore(7, 1)).get(0);
    String forged =
        ChainHash.of(
            original.prevHash(),
            practice,
            original.id(),
            original.seq(),
            original.occurredAt(),
            "someone-else",
            original.onBehalfOf(),
            original.action().name(),
            original.subject(),
            original.outcome().name(),
            original.clientAddress());
    tamper("UPDATE audit_event SET actor = 'someone-else', hash = '" + forged + "' WHERE seq = 6");

    BrokenLink broken = firstBrokenLink();
    assertThat(broken.seq()).isEqualTo(7);
    assertThat(broken.reason()).isEqualTo(BrokenLink.Reason.PREV_HASH_MISMATCH);
    assertThat(broken.detail()).contains(forged);
  }

  @Test
  void deletedMiddleRowIsReportedAsAGap() throws SQLException {
    tamper("DELETE FROM audit_event WHERE seq = 5");

    BrokenLink broken = firstBrokenLink();
    assertThat(broken.seq()).isEqualTo(5);
    assertThat(broken.reason()).isEqualTo(BrokenLink.Reason.SEQUENCE_GAP);
    assertThat(broken.detail()).isEqualTo("event 5 is missing; the next event is 6");
  }

  @Test
  void deletedFirstRowIsReported() throws SQLException {
    tamper("DELETE FROM audit_event WHERE seq = 1");

    assertThat(firstBrokenLink().seq()).isEqualTo(1);
  }

  @Test
  void deletedRowWithTheRestRenumberedIsReported() throws SQLException {
    tamper(
        "DELETE FROM audit_event WHERE seq = 5",
        "UPDATE audit_event SET seq = seq - 1 WHERE seq > 5");

    BrokenLink broken = firstBrokenLink();
    assertThat(broken.seq()).isEqualTo(5);
    assertThat(broken.reason())
        .as("the former event 6 still links to the deleted event")
        .isEqualTo(BrokenLink.Reason.PREV_HASH_MISMATCH);
  }

  @Test
  void swappedRowsAreReportedAtTheFirstOfThem() throws SQLException {
    tamper(
        "UPDATE audit_event SET seq = 1000 WHERE seq = 3",
        "UPDATE audit_event SET seq = 3 WHERE seq = 4",
        "UPDATE audit_event SET seq = 4 WHERE seq = 1000");

    assertThat(firstBrokenLink().seq()).isEqualTo(3);
  }

  @Test
  void rowMovedFromAnotherPracticeDoesNotVerify() throws SQLException {
    TenantId other = SamplePractices.create(db, "other");
    db.inTenant(other, () -> log.record(AuditRecord.success("user1", AuditAction.SIGN_IN)));
    List<AuditEvent> foreign = db.inTenant(other, () -> log.listRecent(1));
    AuditEvent row = foreign.get(0);
    tamper(
        "DELETE FROM audit_event WHERE seq = 1",
        String.format(
            "INSERT INTO audit_event (tenant_id, id, version, seq, occurred_at, actor, action,"
                + " outcome, prev_hash, hash) VALUES ('%s', '%s', 0, 1, '%s', '%s', '%s', '%s',"
                + " '%s', '%s')",
            practice,
            row.id(),
            row.occurredAt(),
            row.actor(),
            row.action(),
            row.outcome(),
            row.prevHash(),
            row.hash()));

    BrokenLink broken = firstBrokenLink();
    assertThat(broken.seq()).isEqualTo(1);
    assertThat(broken.reason()).isEqualTo(BrokenLink.Reason.HASH_MISMATCH);
  }

  @Test
  void forgedRowAppendedByTheApplicationRoleIsReported() throws SQLException {
    try (var connection = db.database().openAppConnection();
        var statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      AuditTampering.setPractice(connection, practice);
      statement.execute(
          "INSERT INTO audit_event (tenant_id, id, version, seq, occurred_at, actor, action,"
              + " outcome, prev_hash, hash) VALUES ('"
              + practice
              + "', gen_random_uuid(), 0, 11, '"
              + Instant.now()
              + "', 'mallory', 'SIGN_IN', 'SUCCESS', '"
              + "a".repeat(64)
              + "', '"
              + "b".repeat(64)
              + "')");
      connection.commit();
    }

    BrokenLink broken = firstBrokenLink();
    assertThat(broken.seq()).isEqualTo(11);
    assertThat(broken.reason()).isEqualTo(BrokenLink.Reason.PREV_HASH_MISMATCH);
  }
}
