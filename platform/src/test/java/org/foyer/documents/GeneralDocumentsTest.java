package org.foyer.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.access.Caller;
import org.foyer.access.Capability;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.PortalSettingsService;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditEvent;
import org.foyer.audit.AuditLog;
import org.foyer.clients.Client;
import org.foyer.documents.control.DocumentFiles;
import org.foyer.documents.control.DocumentVault;
import org.foyer.errors.NotFound;
import org.foyer.events.RecordedEvents;
import org.foyer.persistence.TestDatabase;
import org.foyer.portal.account.ContactNetwork;
import org.foyer.runtime.RuntimeSettings;
import org.foyer.security.crypto.MasterKey;
import org.foyer.tenancy.Practice;
import org.foyer.tenancy.TenantId;
import org.foyer.tenancy.TenantSlug;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filing, listing and downloading a client's documents against the real database. */
class GeneralDocumentsTest {

  static final TestDatabase db = TestDatabase.get();
  static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
  static final MasterKey MASTER_KEY = masterKey();

  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final AuditLog audit = new AuditLog(db.entityManager(), clock);
  final DocumentVault vault = new DocumentVault(db.entityManager(), MASTER_KEY, clock);
  final ContactNetwork network =
      new ContactNetwork(
          db.entityManager(),
          new PortalSettingsService(
              db.entityManager(), new RecordedEvents<PortalSettingsChanged>()));
  final GeneralDocuments documents =
      new GeneralDocuments(db.entityManager(), audit, vault, network, clock);
  final Caller uploader = staff(EnumSet.of(Capability.UPLOAD_GENERAL_DOCUMENTS));
  TenantId tenant;
  UUID clientId;

  static MasterKey masterKey() {
    byte[] key = new byte[32];
    new java.security.SecureRandom().nextBytes(key);
    String encoded = Base64.getEncoder().encodeToString(key);
    return new MasterKey(
        RuntimeSettings.read(
            name -> Optional.ofNullable(Map.of(RuntimeSettings.MASTER_KEY, encoded).get(name))));
  }

  static Caller staff(Set<Capability> capabilities) {
    return new Caller(
        UUID.randomUUID(), Caller.Kind.STAFF, "desk@example.org", Set.of(), capabilities);
  }

  static TenantId newPractice(String prefix) {
    Practice practice =
        new Practice(
            new TenantSlug(prefix + "-" + UUID.randomUUID().toString().substring(0, 8)),
            "Documents Practice",
            "UTC",
            NOW);
    return db.inTenant(
        practice.tenantId(),
        () -> {
          db.entityManager().persist(practice);
          return practice.tenantId();
        });
  }

  static UUID newClient(TenantId tenant, String first) {
    return db.inTenant(
        tenant,
        () -> {
          Client client = new Client(first, "Rivera", LocalDate.of(1990, 5, 1), false);
          db.entityManager().persist(client);
          db.entityManager().flush();
          return client.id();
        });
  }

  @BeforeEach
  void practiceWithClient() {
    tenant = newPractice("documents");
    clientId = newClient(tenant, "Jo");
  }

  DocumentSummary fileIntakePacket() {
    return db.inTenant(
        tenant,
        () ->
            documents.fileGenerated(
                clientId,
                DocumentKind.INTAKE_PACKET,
                "Intake packet",
                "Intake packet.pdf",
                "application/pdf",
                SampleFiles.pdf(),
                "therapist@example.org"));
  }

  @Test
  void aGeneratedDocumentIsFiledListedAndAudited() {
    DocumentSummary filed = fileIntakePacket();

    assertThat(filed.kind()).isEqualTo(DocumentKind.INTAKE_PACKET);
    assertThat(filed.fileName()).isEqualTo("Intake packet.pdf");
    assertThat(filed.contentType()).isEqualTo("application/pdf");
    assertThat(filed.sizeBytes()).isEqualTo(SampleFiles.pdf().length);
    assertThat(filed.sha256()).isEqualTo(DocumentFiles.sha256(SampleFiles.pdf()));
    assertThat(filed.addedBy()).isEqualTo("therapist@example.org");
    assertThat(filed.addedAt()).isEqualTo(NOW);
    assertThat(db.inTenant(tenant, () -> documents.listDocuments(uploader, clientId)))
        .containsExactly(filed);
    List<AuditEvent> events = db.inTenant(tenant, () -> audit.listRecent(1));
    assertThat(events.get(0).action()).isEqualTo(AuditAction.DOCUMENT_FILED);
    assertThat(events.get(0).subject())
        .isEqualTo("client " + clientId + " document " + filed.id() + " filed");
  }

  @Test
  void filingJoinsTheCallersTransactionAndRollsBackWithIt() {
    assertThatThrownBy(
            () ->
                db.inTenant(
                    tenant,
                    () -> {
                      documents.fileGenerated(
                          clientId,
                          DocumentKind.INTAKE_FORM,
                          "PHQ-9",
                          "phq-9.pdf",
                          "application/pdf",
                          SampleFiles.pdf(),
                          "therapist@example.org");
                      throw new IllegalStateException("the acknowledgement failed later");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(db.inTenant(tenant, () -> documents.listDocuments(uploader, clientId))).isEmpty();
  }

  @Test
  void anotherPracticesClientCannotBeFiledInto() {
    TenantId other = newPractice("elsewhere");
    assertThatThrownBy(
            () ->
                db.inTenant(
                    other,
                    () ->
                        documents.fileGenerated(
                            clientId,
                            DocumentKind.INTAKE_FORM,
                            "PHQ-9",
                            "phq-9.pdf",
                            "application/pdf",
                            SampleFiles.pdf(),
                            "therapist@example.org")))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void theDownloadIsTheFiledContent() {
    DocumentSummary filed = fileIntakePacket();
    DocumentDownload download =
        db.inTenant(tenant, () -> documents.download(uploader, clientId, filed.id()));
    assertThat(download.content()).isEqualTo(SampleFiles.pdf());
    assertThat(download.summary()).isEqualTo(filed);
  }
}
