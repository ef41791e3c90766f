package org.foyer.portal.activity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
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
import org.foyer.clients.entity.ClientDetails;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.tenancy.TenantId;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.boundary.DocumentConfidentiality;
import org.foyer.documents.boundary.DocumentSummary;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.events.RecordedEvents;
import org.foyer.fixtures.SampleCallers;
import org.foyer.fixtures.SampleClients;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.account.boundary.ContactNetwork;
import org.foyer.portal.account.boundary.GuardianPrivacy;
import org.foyer.portal.account.entity.ClientAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A client, her mother (a second contact), another client, and Dana Okafor at the desk: what the
 * client's activity view tells each of them.
 */
class ClientActivityTest {

  static final TestDatabase db = TestDatabase.get();

  final TrailPractice trail =
      new TrailPractice(
          "activity", new StaffMember("dana@example.org", "Dana Okafor", StaffRole.THERAPIST));
  final Clock clock = trail.clock;
  final AuditLog audit = trail.audit;
  final StaffDirectory staff = trail.staff;
  final ClientRecords records = trail.records;
  final ContactNetwork network = trail.network;
  final GeneralDocuments documents = trail.documents;
  final ClientActivity activity =
      new ClientActivity(
          staff,
          audit,
          network,
          documents,
          new ClientLogins(db.entityManager()),
          (client, forms) -> java.util.Set.of(),
          new org.foyer.messages.boundary.ConversationLists(
              db.entityManager(), null, null, records));
  final Caller dana = SampleCallers.administrator("dana@example.org");
  final TenantId tenant = trail.tenant;
  UUID jo;
  UUID sam;
  Caller joLogin;
  Caller mother;
  UUID teen;
  Caller teenLogin;
  Caller teenMother;

  @BeforeEach
  void clients() {
    jo = db.inTenant(tenant, () -> records.create(dana, details("Jo")).id());
    sam = db.inTenant(tenant, () -> records.create(dana, details("Sam")).id());
    joLogin = login("jo@example.org", jo, Relationship.SELF);
    mother = login("mother@example.org", jo, Relationship.PARENT);
    teen =
        db.inTenant(
            tenant,
            () ->
                records
                    .create(dana, SampleClients.minimal("Alex", "Rivera", LocalDate.of(2011, 3, 1)))
                    .id());
    teenLogin = login("alex@example.org", teen, Relationship.SELF);
    teenMother = login("parent@example.org", teen, Relationship.PARENT);
  }

  @Test
  void staffReadsChangesAndDownloadsAreToldInPlainWordsNewestFirst() {
    db.inTenant(tenant, () -> records.getClient(dana, jo));
    db.inTenant(tenant, () -> records.update(dana, jo, details("Joanna")));
    DocumentSummary packet = file("Intake packet.pdf");
    db.inTenant(tenant, () -> documents.download(dana, jo, packet.id()));

    assertThat(sentences(joLogin))
        .containsExactly(
            "Dana Okafor downloaded Intake packet.pdf",
            "Dana Okafor filed Intake packet.pdf in your documents",
            "Dana Okafor changed your record",
            "Dana Okafor opened your record",
            "Dana Okafor created your record");
  }

  @Test
  void anotherClientsEventsNeverShow() {
    db.inTenant(tenant, () -> records.getClient(dana, sam));
    db.inTenant(tenant, () -> records.update(dana, sam, details("Samuel")));
    assertThat(sentences(joLogin)).containsExactly("Dana Okafor created your record");
    assertThat(page(joLogin, Long.MAX_VALUE).entries())
        .allSatisfy(entry -> assertThat(entry.what()).doesNotContain("Sam"));
  }

  @Test
  void aContactSeesTheirOwnDownloadsButNotAnotherContactsWhileTheClientSeesEveryContacts() {
    DocumentSummary packet = file("Intake packet.pdf");
    db.inTenant(tenant, () -> documents.download(mother, jo, packet.id()));
    db.inTenant(tenant, () -> documents.download(joLogin, jo, packet.id()));
    db.inTenant(
        tenant,
        () ->
            audit.record(
                AuditRecord.success(joLogin.email(), AuditAction.CLIENT_PROFILE_SELECTED)
                    .onBehalfOf("client " + jo)
                    .about("client " + jo)));

    assertThat(sentences(joLogin))
        .containsExactly(
            "You downloaded Intake packet.pdf",
            "mother@example.org (Parent), on your behalf, downloaded Intake packet.pdf",
            "Dana Okafor filed Intake packet.pdf in your documents",
            "Dana Okafor created your record");
    assertThat(sentences(mother))
        .containsExactly(
            "You downloaded Intake packet.pdf",
            "Dana Okafor filed Intake packet.pdf in Jo Rivera's documents",
            "Dana Okafor created Jo Rivera's record");
  }

  @Test
  void longHistoriesArePagedNewestFirst() {
    for (int i = 0; i < ClientActivity.PAGE_SIZE + 4; i++) {
      db.inTenant(tenant, () -> records.getClient(dana, jo));
    }
    ActivityPage first = page(joLogin, Long.MAX_VALUE);
    assertThat(first.entries()).hasSize(ClientActivity.PAGE_SIZE);
    assertThat(first.hasOlder()).isTrue();
    ActivityPage second = page(joLogin, first.olderBefore().getAsLong());
    assertThat(second.entries()).hasSize(5);
    assertThat(second.hasOlder()).isFalse();
    List<Long> seqs = new ArrayList<>();
    first.entries().forEach(entry -> seqs.add(entry.seq()));
    second.entries().forEach(entry -> seqs.add(entry.seq()));
    assertThat(seqs).isSortedAccordingTo((a, b) -> Long.compare(b, a)).doesNotHaveDuplicates();
    assertThat(second.entries().get(4).what()).isEqualTo("created your record");
  }

  @Test
  void staffStrangersAndRevokedContactsFindNothing() {
    assertThatThrownBy(
            () -> db.inTenant(tenant, () -> activity.listActivity(dana, jo, Long.MAX_VALUE)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> db.inTenant(tenant, () -> activity.listActivity(joLogin, sam, Long.MAX_VALUE)))
        .isInstanceOf(NotFound.class);
    db.inTenant(
        tenant,
        () -> {
          db.entityManager()
              .createQuery(
                  "SELECT a FROM ClientAccess a WHERE a.portalAccountId = :account",
                  ClientAccess.class)
              .setParameter("account", mother.accountId())
              .getResultStream()
              .forEach(access -> access.revoke(TrailPractice.NOW));
          return null;
        });
    assertThatThrownBy(
            () -> db.inTenant(tenant, () -> activity.listActivity(mother, jo, Long.MAX_VALUE)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void actionsOfLaterFeaturesStillReadSensibly() {
    db.inTenant(
        tenant,
        () ->
            audit.record(
                AuditRecord.success("dana@example.org", AuditAction.INTAKE_PACKET_CHANGED)
                    .about("client " + jo + " packet sent")));
    assertThat(sentences(joLogin).get(0))
        .isEqualTo("Dana Okafor recorded \u201cintake packet changed\u201d on your record");
  }

  @Test
  void intakeStepsReadPlainlyWhileDraftsAndClinicalAlertsStayOut() {
    UUID form = UUID.randomUUID();
    db.inTenant(
        tenant,
        () -> {
          audit.record(
              AuditRecord.success(joLogin.email(), AuditAction.INTAKE_DRAFT_SAVED)
                  .onBehalfOf("client " + jo)
                  .about("client " + jo + " form " + form + " draft saved"));
          audit.record(
              AuditRecord.success(joLogin.email(), AuditAction.INTAKE_SUBMITTED)
                  .onBehalfOf("client " + jo)
                  .about("client " + jo + " form " + form + " submitted"));
          audit.record(
              AuditRecord.success("dana@example.org", AuditAction.INTAKE_ACKNOWLEDGED)
                  .about("client " + jo + " form " + form + " acknowledged"));
          return audit.record(
              AuditRecord.success("system", AuditAction.INTAKE_FLAG_NOTIFIED)
                  .about("client " + jo + " form " + form + " flag"));
        });
    assertThat(sentences(joLogin))
        .containsExactly(
            "Dana Okafor acknowledged a form you submitted",
            "You submitted a form",
            "Dana Okafor created your record");
    assertThat(sentences(mother))
        .containsExactly(
            "Dana Okafor acknowledged a form they submitted",
            "Dana Okafor created Jo Rivera's record");
  }

  List<String> sentences(Caller caller) {
    return page(caller, Long.MAX_VALUE).entries().stream().map(ActivityEntry::sentence).toList();
  }

  List<String> sentences(Caller caller, UUID client) {
    return db
        .inTenant(tenant, () -> activity.listActivity(caller, client, Long.MAX_VALUE))
        .entries()
        .stream()
        .map(ActivityEntry::sentence)
        .toList();
  }

  ActivityPage page(Caller caller, long before) {
    return db.inTenant(tenant, () -> activity.listActivity(caller, jo, before));
  }

  @Test
  void aDocumentKeptFromGuardiansIsNotMentionedToThem() {
    DocumentSummary kept =
        db.inTenant(
            tenant,
            () ->
                documents.fileGenerated(
                    teen,
                    DocumentKind.INTAKE_PACKET,
                    "Session notes",
                    "Session notes.pdf",
                    "application/pdf",
                    TrailPractice.PDF,
                    "dana@example.org"));
    db.inTenant(
        tenant,
        () ->
            new DocumentConfidentiality(
                    db.entityManager(),
                    audit,
                    new GuardianPrivacy(
                        records,
                        new PortalSettingsService(
                            db.entityManager(),
                            new RecordedEvents<PortalSettingsChanged>(),
                            Clock.systemUTC()),
                        clock))
                .keepFromGuardians(dana, teen, kept.id(), true));
    db.inTenant(tenant, () -> documents.download(dana, teen, kept.id()));
    db.inTenant(tenant, () -> documents.download(teenLogin, teen, kept.id()));

    assertThat(sentences(teenMother, teen))
        .containsExactly("Dana Okafor created Alex Rivera's record");
    assertThat(sentences(teenLogin, teen))
        .startsWith("You downloaded Session notes.pdf", "Dana Okafor downloaded Session notes.pdf");
  }

  DocumentSummary file(String name) {
    return trail.file(jo, name, "dana@example.org");
  }

  Caller login(String email, UUID client, Relationship relationship) {
    return trail.login(email, email, client, relationship);
  }

  static ClientDetails details(String first) {
    return SampleClients.minimal(first, "Rivera", LocalDate.of(1990, 5, 1));
  }
}
