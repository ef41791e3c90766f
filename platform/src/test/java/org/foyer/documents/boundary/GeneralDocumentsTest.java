package org.foyer.documents.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.audit.AuditAction;
import org.foyer.audit.control.AuditLog;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.clients.entity.Client;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.validation.Inputs;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.control.DocumentFiles;
import org.foyer.documents.control.DocumentUnreadable;
import org.foyer.documents.control.DocumentVault;
import org.foyer.events.RecordedEvents;
import org.foyer.fixtures.SampleCallers;
import org.foyer.fixtures.SamplePractices;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ContactNetwork;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.portal.account.entity.PortalAccount;
import org.foyer.security.signin.SampleKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Filing, listing and downloading a client's documents against the real database. */
class GeneralDocumentsTest {

  static final TestDatabase db = TestDatabase.get();
  static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");

  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final AuditLog audit = new AuditLog(db.entityManager(), clock);
  final DocumentVault vault = new DocumentVault(db.entityManager(), SampleKeys.MASTER_KEY, clock);
  final ClientRecords records =
      new ClientRecords(
          db.entityManager(),
          audit,
          Inputs.standalone(),
          new StaffDirectory(db.entityManager()),
          clock);
  final ContactNetwork network =
      new ContactNetwork(
          db.entityManager(),
          new PortalSettingsService(
              db.entityManager(), new RecordedEvents<PortalSettingsChanged>(), Clock.systemUTC()),
          records);
  final GeneralDocuments documents =
      new GeneralDocuments(db.entityManager(), audit, vault, records, network, clock);
  final Caller uploader = staff(EnumSet.of(Capability.UPLOAD_GENERAL_DOCUMENTS));
  TenantId tenant;
  UUID clientId;

  static Caller staff(Set<Capability> capabilities) {
    return SampleCallers.staff("desk@example.org", capabilities);
  }

  static TenantId newPractice(String prefix) {
    return SamplePractices.create(db, prefix, "UTC", NOW);
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

  /** The client's document as the uploader downloads it, in a unit of work of its own. */
  DocumentDownload download(UUID document) {
    return db.inTenant(tenant, () -> documents.download(uploader, clientId, document));
  }

  /** Files a completed form as acknowledgment does, in the caller's unit of work. */
  DocumentSummary fileIntakeForm() {
    return documents.fileGenerated(
        clientId,
        DocumentKind.INTAKE_FORM,
        "PHQ-9",
        "phq-9.pdf",
        "application/pdf",
        SampleFiles.pdf(),
        "therapist@example.org");
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
                      fileIntakeForm();
                      throw new IllegalStateException("the acknowledgement failed later");
                    }))
        .isInstanceOf(IllegalStateException.class);
    assertThat(db.inTenant(tenant, () -> documents.listDocuments(uploader, clientId))).isEmpty();
  }

  @Test
  void anotherPracticesClientCannotBeFiledInto() {
    TenantId other = newPractice("elsewhere");
    assertThatThrownBy(() -> db.inTenant(other, this::fileIntakeForm)).isInstanceOf(NotFound.class);
  }

  @Test
  void theDownloadIsTheFiledContent() {
    DocumentSummary filed = fileIntakePacket();
    DocumentDownload download = download(filed.id());
    assertThat(download.content()).isEqualTo(SampleFiles.pdf());
    assertThat(download.summary()).isEqualTo(filed);
  }

  // --- Encryption at rest

  @Test
  void theStoredContentIsNotThePlaintextAndEachSealingUsesAFreshNonce() throws SQLException {
    DocumentSummary first = fileIntakePacket();
    DocumentSummary second = fileIntakePacket();
    byte[] sealedFirst = storedContent(first.id());
    byte[] sealedSecond = storedContent(second.id());
    assertThat(new String(sealedFirst, StandardCharsets.ISO_8859_1)).doesNotContain("%PDF");
    assertThat(Arrays.copyOf(sealedFirst, 12)).isNotEqualTo(Arrays.copyOf(sealedSecond, 12));
    assertThat(sealedFirst).isNotEqualTo(sealedSecond);
    assertThat(sealedFirst).hasSize(SampleFiles.pdf().length + 12 + 16);
  }

  @Test
  void onePracticeKeepsOneDataKeyAndAnotherPracticeHasItsOwn() throws SQLException {
    DocumentSummary first = fileIntakePacket();
    DocumentSummary second = fileIntakePacket();
    TenantId other = newPractice("keys");
    UUID otherClient = newClient(other, "Ana");
    uploadAs(uploader, other, otherClient, DocumentKind.UPLOADED, "", "a.pdf", SampleFiles.pdf());
    assertThat(asOwner(tenant, "SELECT count(*) FROM practice_data_key")).isEqualTo(1);
    assertThat(asOwner(tenant, "SELECT count(DISTINCT key_id) FROM general_document")).isEqualTo(1);
    assertThat(asOwner(other, "SELECT count(*) FROM practice_data_key")).isEqualTo(1);
    assertThat(first.id()).isNotEqualTo(second.id());
  }

  @Test
  void alteredContentRefusesToOpen() throws SQLException {
    DocumentSummary filed = fileIntakePacket();
    asOwner(
        tenant,
        "UPDATE general_document_content SET sealed = overlay(sealed placing"
            + " decode(lpad(to_hex(get_byte(sealed, 20) # 1), 2, '0'), 'hex') from 21 for 1)"
            + " WHERE document_id = '"
            + filed.id()
            + "'");
    assertThatThrownBy(() -> download(filed.id())).isInstanceOf(DocumentUnreadable.class);
  }

  @Test
  void contentSwappedBetweenRowsRefusesToOpen() throws SQLException {
    DocumentSummary first = fileIntakePacket();
    DocumentSummary second = fileIntakePacket();
    asOwner(
        tenant,
        "UPDATE general_document_content c SET sealed = o.sealed FROM general_document_content o"
            + " WHERE c.document_id = '"
            + first.id()
            + "' AND o.document_id = '"
            + second.id()
            + "'");
    assertThatThrownBy(() -> download(first.id())).isInstanceOf(DocumentUnreadable.class);
    assertThat(download(second.id()).content()).isEqualTo(SampleFiles.pdf());
  }

  @Test
  void contentSealedForOnePracticeDoesNotOpenForAnother() {
    TenantId other = newPractice("other-key");
    UUID document = UUID.randomUUID();
    DocumentVault.Sealed sealed =
        db.inTenant(tenant, () -> vault.seal(tenant, clientId, document, SampleFiles.pdf()));
    assertThatThrownBy(
            () ->
                db.inTenant(
                    other,
                    () -> vault.open(other, sealed.keyId(), clientId, document, sealed.bytes())))
        .isInstanceOf(DocumentUnreadable.class);
    assertThatThrownBy(
            () ->
                db.inTenant(
                    tenant,
                    () ->
                        vault.open(
                            tenant, sealed.keyId(), UUID.randomUUID(), document, sealed.bytes())))
        .isInstanceOf(DocumentUnreadable.class);
    assertThat(
            db.inTenant(
                tenant,
                () -> vault.open(tenant, sealed.keyId(), clientId, document, sealed.bytes())))
        .isEqualTo(SampleFiles.pdf());
  }

  @Test
  void aRecordedDigestThatNoLongerMatchesRefusesTheDownload() throws SQLException {
    DocumentSummary filed = fileIntakePacket();
    asOwner(
        tenant,
        "UPDATE general_document SET sha256 = repeat('0', 64) WHERE id = '" + filed.id() + "'");
    assertThatThrownBy(() -> download(filed.id()))
        .isInstanceOf(DocumentUnreadable.class)
        .hasMessageContaining("SHA-256");
  }

  // --- Uploads and permissions

  @Test
  void staffWithTheCapabilityUploadAScannedFormAndItIsAudited() {
    DocumentSummary uploaded =
        uploadAs(
            uploader,
            tenant,
            clientId,
            DocumentKind.SCANNED_FORM,
            "  ",
            "C:\\scans\\consent form.jpeg",
            SampleFiles.jpeg());
    assertThat(uploaded.fileName()).isEqualTo("consent form.jpg");
    assertThat(uploaded.title()).isEqualTo("consent form");
    assertThat(uploaded.contentType()).isEqualTo("image/jpeg");
    AuditEvent event = db.inTenant(tenant, () -> audit.listRecent(1)).get(0);
    assertThat(event.action()).isEqualTo(AuditAction.DOCUMENT_UPLOADED);
    assertThat(event.actor()).isEqualTo(uploader.email());
    assertThat(event.subject()).startsWith("client " + clientId + " document " + uploaded.id());
  }

  @Test
  void staffWithoutTheCapabilityAreRefusedAndPortalCallersFindNothing() {
    Caller plainStaff = staff(Set.of());
    assertThatThrownBy(() -> db.inTenant(tenant, () -> upload(plainStaff, clientId)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> db.inTenant(tenant, () -> upload(portalCaller(), clientId)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> db.inTenant(tenant, () -> upload(Caller.ANONYMOUS, clientId)))
        .isInstanceOf(NotFound.class);
    assertThat(db.inTenant(tenant, () -> documents.listDocuments(uploader, clientId))).isEmpty();
  }

  @Test
  void onlyUploadedAndScannedFormsMayBeUploaded() {
    assertThatThrownBy(
            () ->
                uploadAs(
                    uploader,
                    tenant,
                    clientId,
                    DocumentKind.INTAKE_FORM,
                    "x",
                    "x.pdf",
                    SampleFiles.pdf()))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("kind"));
  }

  @Test
  void refusedFilesLeaveNothingBehind() {
    for (byte[] hostile :
        new byte[][] {SampleFiles.html(), SampleFiles.svg(), SampleFiles.windowsExecutable(), {}}) {
      assertThatThrownBy(
              () ->
                  uploadAs(
                      uploader, tenant, clientId, DocumentKind.UPLOADED, "", "evil.pdf", hostile))
          .isInstanceOf(InvalidInput.class);
    }
    assertThatThrownBy(
            () ->
                uploadAs(
                    uploader,
                    tenant,
                    clientId,
                    DocumentKind.UPLOADED,
                    "",
                    "huge.pdf",
                    SampleFiles.pdfOfSize((int) DocumentFiles.MAX_BYTES + 1)))
        .isInstanceOf(InvalidInput.class);
    assertThat(db.inTenant(tenant, () -> documents.listDocuments(uploader, clientId))).isEmpty();
  }

  @Test
  void anotherPracticesClientAndDocumentAreNotFound() {
    DocumentSummary filed = fileIntakePacket();
    TenantId other = newPractice("elsewhere");
    assertThatThrownBy(() -> db.inTenant(other, () -> upload(uploader, clientId)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> db.inTenant(other, () -> documents.listDocuments(uploader, clientId)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> db.inTenant(other, () -> documents.download(uploader, clientId, filed.id())))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void anotherClientsDocumentIsNotFound() {
    DocumentSummary filed = fileIntakePacket();
    UUID otherClient = newClient(tenant, "Sam");
    assertThatThrownBy(
            () -> db.inTenant(tenant, () -> documents.download(uploader, otherClient, filed.id())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> download(UUID.randomUUID())).isInstanceOf(NotFound.class);
    assertThat(db.inTenant(tenant, () -> documents.listDocuments(uploader, otherClient))).isEmpty();
  }

  // --- The portal

  @Test
  void aParentSeesAndDownloadsTheirChildsDocumentsOnBehalfOfTheChild() {
    DocumentSummary filed = fileIntakePacket();
    Caller parent = portalCaller();
    ClientAccess access = grant(parent, clientId, Relationship.PARENT);
    assertThat(db.inTenant(tenant, () -> documents.listDocuments(parent, clientId)))
        .containsExactly(filed);
    DocumentDownload download =
        db.inTenant(tenant, () -> documents.download(parent, clientId, filed.id()));
    assertThat(download.content()).isEqualTo(SampleFiles.pdf());
    AuditEvent event = db.inTenant(tenant, () -> audit.listRecent(1)).get(0);
    assertThat(event.action()).isEqualTo(AuditAction.DOCUMENT_DOWNLOADED);
    assertThat(event.actor()).isEqualTo(parent.email());
    assertThat(event.onBehalfOf()).isEqualTo("client " + clientId);
    assertThat(event.subject())
        .isEqualTo("client " + clientId + " document " + filed.id() + " downloaded");
    assertThat(access.isRevoked()).isFalse();
  }

  @Test
  void staffDownloadsAreAuditedWithoutOnBehalfOf() {
    DocumentSummary filed = fileIntakePacket();
    db.inTenant(tenant, () -> documents.download(staff(Set.of()), clientId, filed.id()));
    AuditEvent event = db.inTenant(tenant, () -> audit.listRecent(1)).get(0);
    assertThat(event.action()).isEqualTo(AuditAction.DOCUMENT_DOWNLOADED);
    assertThat(event.onBehalfOf()).isNull();
  }

  @Test
  void aPortalLoginSeesOnlyTheClientsItMayActFor() {
    fileIntakePacket();
    UUID otherClient = newClient(tenant, "Sam");
    uploadAs(uploader, tenant, otherClient, DocumentKind.UPLOADED, "", "b.pdf", SampleFiles.pdf());
    Caller client = portalCaller();
    grant(client, otherClient, Relationship.SELF);
    assertThat(db.inTenant(tenant, () -> documents.listDocuments(client, otherClient)))
        .extracting(DocumentSummary::clientId)
        .containsOnly(otherClient);
    assertThatThrownBy(() -> db.inTenant(tenant, () -> documents.listDocuments(client, clientId)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aRevokedContactFindsNothing() {
    DocumentSummary filed = fileIntakePacket();
    Caller parent = portalCaller();
    ClientAccess access = grant(parent, clientId, Relationship.GUARDIAN);
    db.inTenant(
        tenant,
        () -> {
          db.entityManager().find(ClientAccess.class, access.id()).revoke(NOW);
          return null;
        });
    assertThatThrownBy(() -> db.inTenant(tenant, () -> documents.listDocuments(parent, clientId)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> db.inTenant(tenant, () -> documents.download(parent, clientId, filed.id())))
        .isInstanceOf(NotFound.class);
  }

  /** One upload in a unit of work of its own, in the given practice. */
  DocumentSummary uploadAs(
      Caller caller,
      TenantId practice,
      UUID client,
      DocumentKind kind,
      String title,
      String fileName,
      byte[] content) {
    return db.inTenant(
        practice, () -> documents.upload(caller, client, kind, title, fileName, content));
  }

  DocumentSummary upload(Caller caller, UUID client) {
    return documents.upload(
        caller, client, DocumentKind.UPLOADED, "Letter", "letter.pdf", SampleFiles.pdf());
  }

  Caller portalCaller() {
    return db.inTenant(
        tenant,
        () -> {
          PortalAccount account =
              new PortalAccount(UUID.randomUUID() + "@example.org", "Pat Rivera");
          account.activate("hash");
          db.entityManager().persist(account);
          db.entityManager().flush();
          return SampleCallers.portal(account.id(), account.email());
        });
  }

  ClientAccess grant(Caller login, UUID client, Relationship relationship) {
    return db.inTenant(
        tenant,
        () -> {
          ClientAccess access = new ClientAccess(login.accountId(), client, relationship);
          db.entityManager().persist(access);
          return access;
        });
  }

  byte[] storedContent(UUID documentId) throws SQLException {
    try (Connection connection = db.database().openOwnerConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      statement.execute("SELECT set_config('foyer.tenant_id', '" + tenant + "', true)");
      try (ResultSet row =
          statement.executeQuery(
              "SELECT sealed FROM general_document_content WHERE document_id = '"
                  + documentId
                  + "'")) {
        row.next();
        return row.getBytes(1);
      } finally {
        connection.rollback();
      }
    }
  }

  /**
   * What someone holding the schema owner's rights could do: runs one statement bound to the
   * practice (when given) and commits; for a query, answers its first column as a number.
   */
  static long asOwner(TenantId practice, String sql) throws SQLException {
    try (Connection connection = db.database().openOwnerConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      if (practice != null) {
        statement.execute("SELECT set_config('foyer.tenant_id', '" + practice + "', true)");
      }
      long result;
      if (statement.execute(sql)) {
        try (ResultSet rows = statement.getResultSet()) {
          rows.next();
          result = rows.getLong(1);
        }
      } else {
        result = statement.getUpdateCount();
      }
      connection.commit();
      return result;
    }
  }
}
