package org.foyer.audit.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.portal.PortalSettingsChanged;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;
import org.foyer.core.validation.Inputs;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.boundary.DocumentSummary;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.documents.control.DocumentVault;
import org.foyer.events.RecordedEvents;
import org.foyer.fixtures.SampleCallers;
import org.foyer.fixtures.SampleClients;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.account.boundary.ContactNetwork;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.portal.account.entity.PortalAccount;
import org.foyer.security.signin.SampleKeys;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Kim Lee reviews the audit log of a practice where Dana Okafor treats Jo Rivera, whose mother acts
 * for her in the portal: what Jo's access history tells Kim, and who else may read it.
 */
class AccessHistoryTest {

  static final TestDatabase db = TestDatabase.get();
  static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");
  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
  final AuditLog audit = new AuditLog(db.entityManager(), clock);
  final StaffDirectory staff = new StaffDirectory(db.entityManager());
  final ClientRecords records =
      new ClientRecords(db.entityManager(), audit, Inputs.standalone(), staff, clock);
  final ContactNetwork network =
      new ContactNetwork(
          db.entityManager(),
          new PortalSettingsService(
              db.entityManager(), new RecordedEvents<PortalSettingsChanged>(), clock),
          records);
  final GeneralDocuments documents =
      new GeneralDocuments(
          db.entityManager(),
          audit,
          new DocumentVault(db.entityManager(), SampleKeys.MASTER_KEY, clock),
          records,
          network,
          clock);
  final AccessHistory history =
      new AccessHistory(audit, records, staff, new ClientLogins(db.entityManager()), documents);
  final Caller kim = SampleCallers.administrator("kim@example.org");
  final Caller dana =
      SampleCallers.staff("dana@example.org", Set.of(Capability.UPLOAD_GENERAL_DOCUMENTS));
  TenantId tenant;
  UUID jo;
  UUID sam;
  Caller mother;

  @BeforeEach
  void practice() {
    Practice practice =
        new Practice(
            new TenantSlug("access-" + UUID.randomUUID().toString().substring(0, 8)),
            "Access Practice",
            "UTC",
            NOW);
    tenant = practice.tenantId();
    db.inTenant(
        tenant,
        () -> {
          db.entityManager().persist(practice);
          db.entityManager().flush();
          db.entityManager()
              .persist(new StaffMember("dana@example.org", "Dana Okafor", StaffRole.THERAPIST));
          db.entityManager()
              .persist(new StaffMember("kim@example.org", "Kim Lee", StaffRole.ADMINISTRATOR));
          return null;
        });
    jo = db.inTenant(tenant, () -> records.create(kim, client("Jo")).id());
    sam = db.inTenant(tenant, () -> records.create(kim, client("Sam")).id());
    mother = login("mother@example.org", "Maria Rivera", jo, Relationship.PARENT);
  }

  @Test
  void everyoneWhoReachedTheRecordIsNamedWithWhatTheyDidWhenAndFromWhere() {
    db.inTenant(tenant, () -> records.getClient(dana, jo));
    DocumentSummary packet = file("Intake packet.pdf");
    db.inTenant(tenant, () -> documents.download(mother, jo, packet.id()));
    db.inTenant(tenant, () -> records.getClient(dana, sam));

    AccessHistoryView view = read(kim, jo);

    assertThat(view.clientName()).isEqualTo("Jo Rivera");
    assertThat(view.entries())
        .extracting(entry -> entry.who() + " " + entry.what())
        .containsExactly(
            "Maria Rivera (Parent) downloaded Intake packet.pdf",
            "Dana Okafor filed Intake packet.pdf in Jo Rivera's documents",
            "Dana Okafor opened Jo Rivera's record",
            "Kim Lee created Jo Rivera's record");
    assertThat(view.entries()).noneMatch(AccessEntry::refused);
    assertThat(view.entries()).allSatisfy(entry -> assertThat(entry.at()).isEqualTo(NOW));
    assertThat(view.olderThan()).isNull();
  }

  @Test
  void aRefusedAttemptShowsAsRefusedWithTheAddressItCameFrom() {
    db.inTenant(
        tenant,
        () ->
            audit.record(
                AuditRecord.denied("lee@example.org", AuditAction.RECORD_READ)
                    .about("client " + jo)
                    .from("203.0.113.9")));

    AccessEntry refused = read(kim, jo).entries().get(0);

    assertThat(refused.refused()).isTrue();
    assertThat(refused.who())
        .as("nobody of the practice: the address as typed")
        .isEqualTo("lee@example.org");
    assertThat(refused.what()).isEqualTo("opened Jo Rivera's record");
    assertThat(refused.from()).isEqualTo("203.0.113.9");
  }

  @Test
  void eachReadingIsRecordedAndShowsInTheNextOneAndInTheClientsOwnActivity() {
    read(kim, jo);

    AccessEntry reading = read(kim, jo).entries().get(0);

    assertThat(reading.who() + " " + reading.what())
        .isEqualTo("Kim Lee reviewed who reached Jo Rivera's record");
    assertThat(reading.from()).isEqualTo("198.51.100.7");
  }

  @Test
  void staffWithoutTheAuditPermissionAreRefused() {
    // That the attempt is recorded needs the server's own units of work (the record commits before
    // the refusal); this harness runs both in one, so the browser story checks it.
    assertThatThrownBy(() -> read(dana, jo))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("Review the audit log");
  }

  @Test
  void aPortalLoginAnotherPractisesClientAndAnUnknownIdMeetNotFound() {
    assertThatThrownBy(() -> read(mother, jo)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> read(kim, UUID.randomUUID())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> read(kim, null)).isInstanceOf(NotFound.class);

    Practice other =
        new Practice(
            new TenantSlug("elsewhere-" + UUID.randomUUID().toString().substring(0, 8)),
            "Elsewhere",
            "UTC",
            NOW);
    db.inTenant(
        other.tenantId(),
        () -> {
          db.entityManager().persist(other);
          return null;
        });
    UUID theirs = db.inTenant(other.tenantId(), () -> records.create(kim, client("Robin")).id());
    assertThatThrownBy(() -> read(kim, theirs))
        .as("another practice's client, asked for from this one")
        .isInstanceOf(NotFound.class);
  }

  @Test
  void longHistoriesArePagedNewestFirstWithoutGapsOrRepeats() {
    for (int i = 0; i < AccessHistory.PAGE_SIZE + 2; i++) {
      db.inTenant(tenant, () -> records.getClient(dana, jo));
    }

    AccessHistoryView first = read(kim, jo);
    assertThat(first.entries()).hasSize(AccessHistory.PAGE_SIZE);
    assertThat(first.olderThan()).isNotNull();
    AccessHistoryView second =
        db.inTenant(tenant, () -> history.read(kim, jo, first.olderThan(), "198.51.100.7"));
    assertThat(second.olderThan()).isNull();
    List<Long> seqs =
        java.util.stream.Stream.concat(first.entries().stream(), second.entries().stream())
            .map(AccessEntry::seq)
            .toList();
    assertThat(seqs)
        .hasSize(AccessHistory.PAGE_SIZE + 3)
        .isSortedAccordingTo((a, b) -> Long.compare(b, a))
        .doesNotHaveDuplicates();
    assertThat(second.entries().get(second.entries().size() - 1).what())
        .isEqualTo("created Jo Rivera's record");
  }

  private AccessHistoryView read(Caller reader, UUID client) {
    return db.inTenant(tenant, () -> history.read(reader, client, Long.MAX_VALUE, "198.51.100.7"));
  }

  private DocumentSummary file(String name) {
    return db.inTenant(
        tenant,
        () ->
            documents.fileGenerated(
                jo,
                DocumentKind.INTAKE_PACKET,
                "Intake packet",
                name,
                "application/pdf",
                PDF,
                "dana@example.org"));
  }

  private Caller login(String email, String name, UUID client, Relationship relationship) {
    return db.inTenant(
        tenant,
        () -> {
          PortalAccount account = new PortalAccount(email, name);
          account.activate("hash");
          db.entityManager().persist(account);
          db.entityManager().flush();
          db.entityManager().persist(new ClientAccess(account.id(), client, relationship));
          return SampleCallers.portal(account.id(), email);
        });
  }

  private static org.foyer.clients.entity.ClientDetails client(String first) {
    return SampleClients.minimal(first, "Rivera", LocalDate.of(1990, 5, 1));
  }
}
