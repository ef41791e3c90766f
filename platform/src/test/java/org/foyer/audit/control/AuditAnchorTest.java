package org.foyer.audit.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.entity.AuditAnchor;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.audit.entity.BrokenLink;
import org.foyer.audit.entity.ChainHash;
import org.foyer.audit.entity.ChainVerification;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.OutboxMessage;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.runtime.RuntimeSettings;
import org.foyer.core.tenancy.TenantId;
import org.foyer.fixtures.SamplePractices;
import org.foyer.security.crypto.MasterKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What links alone cannot show, a signed anchor outside the database does: rows rewritten from one
 * event to the end with fresh hashes, and rows cut off the end. Tampering runs as the schema owner.
 */
class AuditAnchorTest {

  static final TestDatabase db = TestDatabase.get();
  static final MasterKey MASTER_KEY = masterKey(new byte[32]);

  final AuditLog log = new AuditLog(db.entityManager(), Clock.systemUTC());
  final AuditVerifier verifier = new AuditVerifier(db.entityManager(), 3);
  Path anchorDirectory;
  AnchorFile anchorFile;
  AuditAnchoring anchoring;
  TenantId practice;

  static MasterKey masterKey(byte[] bytes) {
    String encoded = Base64.getEncoder().encodeToString(bytes);
    return new MasterKey(
        RuntimeSettings.read(
            name -> Optional.ofNullable(Map.of(RuntimeSettings.MASTER_KEY, encoded).get(name))));
  }

  @BeforeEach
  void tenEventsAnchored() throws Exception {
    anchorDirectory = Files.createTempDirectory("foyer-anchors");
    anchorFile = new AnchorFile(anchorDirectory);
    anchoring = anchoringWith(MASTER_KEY);
    practice = SamplePractices.create(db, "anchor");
    db.inTenant(
        practice,
        () -> {
          StaffMember admin =
              new StaffMember("admin@anchor.example", "Ada Admin", StaffRole.ADMINISTRATOR);
          admin.activate("not-a-real-hash");
          db.entityManager().persist(admin);
          return null;
        });
    for (int i = 1; i <= 10; i++) {
      String actor = "user" + i;
      db.inTenant(practice, () -> log.record(AuditRecord.success(actor, AuditAction.RECORD_READ)));
    }
    assertThat(anchoring.anchor(practice)).isPresent();
  }

  AuditAnchoring anchoringWith(MasterKey key) {
    return new AuditAnchoring(
        db.unitOfWork(),
        new StaffDirectory(db.entityManager()),
        verifier,
        anchorFile,
        new Outbox(db.unitOfWork(), Clock.systemUTC()),
        key,
        Clock.systemUTC());
  }

  ChainVerification linksOnly() {
    return db.inTenant(practice, verifier::verify);
  }

  ChainVerification anchored() {
    return db.inTenant(practice, anchoring::verify);
  }

  @Test
  void anchorIsSignedWrittenOutsideTheDatabaseAndMailedToTheAdministrators() {
    AuditAnchor anchor = anchorFile.findLast(practice).orElseThrow();
    assertThat(anchor.events()).isEqualTo(10);
    assertThat(anchor.isSignedWith(AuditAnchor.anchorKey(MASTER_KEY.key()))).isTrue();
    assertThat(anchored().isIntact()).isTrue();

    List<OutboxMessage> mail =
        db.inTenant(practice, () -> new Outbox(db.unitOfWork(), Clock.systemUTC()).listRecent());
    assertThat(mail)
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.kind()).isEqualTo(MailKind.AUDIT_ANCHOR);
              assertThat(m.recipient()).isEqualTo("admin@anchor.example");
              assertThat(m.textBody()).contains(anchor.headHash()).contains("Events recorded: 10");
            });
  }

  @Test
  void rowsRewrittenFromAnEventToTheEndWithFreshHashesAreCaught() throws SQLException {
    List<AuditEvent> events =
        new ArrayList<>(db.inTenant(practice, () -> log.listBefore(Long.MAX_VALUE, 10)));
    events.sort(Comparator.comparingLong(AuditEvent::seq));
    List<String> rewrite = new ArrayList<>();
    String prev = events.get(5).prevHash();
    for (AuditEvent event : events.subList(5, 10)) {
      String hash =
          ChainHash.of(
              prev,
              practice,
              event.id(),
              event.seq(),
              event.occurredAt(),
              "someone-else",
              event.onBehalfOf(),
              event.action().name(),
              event.subject(),
              event.outcome().name(),
              event.clientAddress());
      rewrite.add(
          "UPDATE audit_event SET actor = 'someone-else', prev_hash = '"
              + prev
              + "', hash = '"
              + hash
              + "' WHERE seq = "
              + event.seq());
      prev = hash;
    }
    AuditTampering.asOwner(db.database(), practice, rewrite.toArray(String[]::new));

    assertThat(linksOnly().isIntact()).as("every link holds after the rewrite").isTrue();
    BrokenLink broken = anchored().findBrokenLink().orElseThrow();
    assertThat(broken.reason()).isEqualTo(BrokenLink.Reason.REWRITTEN);
    assertThat(broken.seq()).isEqualTo(10);
  }

  @Test
  void rowsCutOffTheEndAreCaught() throws SQLException {
    AuditTampering.asOwner(db.database(), practice, "DELETE FROM audit_event WHERE seq > 7");

    assertThat(linksOnly().isIntact()).as("a shorter chain still links").isTrue();
    BrokenLink broken = anchored().findBrokenLink().orElseThrow();
    assertThat(broken.reason()).isEqualTo(BrokenLink.Reason.TRUNCATED);
    assertThat(broken.seq()).isEqualTo(8);
    assertThat(broken.detail()).contains("ends after event 7").contains("vouched for 10 events");
  }

  @Test
  void eventsAddedSinceTheAnchorAreFine() {
    db.inTenant(practice, () -> log.record(AuditRecord.success("later", AuditAction.SIGN_IN)));
    assertThat(anchored().isIntact()).isTrue();
    assertThat(anchoring.anchor(practice)).get().extracting(AuditAnchor::events).isEqualTo(11L);
  }

  @Test
  void anchorFileEditedWithoutTheKeyIsCaught() throws Exception {
    AuditAnchor real = anchorFile.findLast(practice).orElseThrow();
    anchorFile.append(
        new AuditAnchor(practice, 7, real.headHash(), Instant.now(), real.signature()));

    assertThat(anchored().findBrokenLink().orElseThrow().reason())
        .isEqualTo(BrokenLink.Reason.ANCHOR_FORGED);
    assertThat(
            anchoringWith(
                    masterKey(
                        new byte[] {
                          1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21,
                          22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32
                        }))
                .anchor(practice))
        .as("another key cannot anchor either")
        .isEmpty();
  }

  @Test
  void brokenChainIsNeverAnchored() throws Exception {
    AuditTampering.asOwner(
        db.database(), practice, "UPDATE audit_event SET actor = 'x' WHERE seq = 3");
    long before = lines();
    assertThat(anchoring.anchor(practice)).isEmpty();
    assertThat(lines()).isEqualTo(before);
  }

  @Test
  void anchorLineRoundTrips() {
    AuditAnchor anchor = anchorFile.findLast(practice).orElseThrow();
    assertThat(AuditAnchor.parse(anchor.line())).isEqualTo(anchor);
  }

  private long lines() throws IOException {
    return Files.readAllLines(anchorDirectory.resolve(practice + ".anchors")).size();
  }
}
