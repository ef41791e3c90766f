package org.foyer.clients.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.audit.AuditAction;
import org.foyer.audit.control.AuditLog;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.clients.entity.Client;
import org.foyer.clients.entity.ClientDetails;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.validation.Inputs;
import org.foyer.core.validation.RecordDraft;
import org.foyer.fixtures.SampleCallers;
import org.foyer.fixtures.SampleClients;
import org.foyer.fixtures.SamplePractices;
import org.foyer.forms.definition.rules.ClientFact;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientRecordsTest {

  static final TestDatabase db = TestDatabase.get();
  static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");

  final AuditLog audit = new AuditLog(db.entityManager(), Clock.systemUTC());
  final ClientRecords records =
      new ClientRecords(
          db.entityManager(),
          audit,
          Inputs.standalone(),
          new StaffDirectory(db.entityManager()),
          Clock.fixed(NOW, ZoneOffset.UTC));
  final Caller staff = SampleCallers.staff("desk@example.org", Set.of());
  final Caller portal = SampleCallers.portal(UUID.randomUUID(), "client@example.org");
  TenantId tenant;

  @BeforeEach
  void practice() {
    tenant = newPractice("records");
  }

  static TenantId newPractice(String prefix) {
    return SamplePractices.create(db, prefix, "America/Chicago", NOW);
  }

  static ClientDetails details(String first, String last, LocalDate born) {
    return SampleClients.with(
        SampleClients.complete(first, last, born),
        "preferredName",
        null,
        "pronouns",
        "she/her",
        "email",
        "Jo@Example.org");
  }

  @Test
  void staffCreateAClientAndMinorStatusFollowsTheBirthDate() {
    Client adult =
        db.inTenant(
            tenant, () -> records.create(staff, details("Jo", "Rivera", LocalDate.of(1990, 5, 1))));
    Client child =
        db.inTenant(
            tenant,
            () -> records.create(staff, details("Mia", "Rivera", LocalDate.of(2012, 1, 1))));
    assertThat(adult.isMinor()).isFalse();
    assertThat(child.isMinor()).isTrue();
    assertThat(adult.details().pronouns()).isEqualTo("she/her");
  }

  UUID staffMember(String email, String name, StaffRole role) {
    return db.inTenant(
        tenant,
        () -> {
          StaffMember member = new StaffMember(email, name, role);
          member.activate("hash");
          db.entityManager().persist(member);
          db.entityManager().flush();
          return member.id();
        });
  }

  ClientDetails withClinician(UUID clinician) {
    return SampleClients.with(
        details("Jo", "Rivera", LocalDate.of(1990, 5, 1)), "clinicianId", clinician);
  }

  @Test
  void onlyTherapistsAreOfferedAndAcceptedAsAClientsClinician() {
    UUID therapist = staffMember("rae@example.org", "Dr. Rae Lin", StaffRole.THERAPIST);
    UUID desk = staffMember("front@example.org", "Fran Desk", StaffRole.FRONT_DESK);
    UUID admin = staffMember("boss@example.org", "Ada Admin", StaffRole.ADMINISTRATOR);
    UUID biller = staffMember("bill@example.org", "Bo Biller", StaffRole.BILLER);
    assertThat(db.inTenant(tenant, () -> records.listClinicians(staff)))
        .extracting(ClientRecords.Clinician::name)
        .containsExactly("Dr. Rae Lin");
    for (UUID notClinical : List.of(desk, admin, biller)) {
      assertThatThrownBy(
              () -> db.inTenant(tenant, () -> records.create(staff, withClinician(notClinical))))
          .isInstanceOfSatisfying(
              InvalidInput.class,
              invalid ->
                  assertThat(invalid.fieldErrors())
                      .containsOnlyKeys("clinicianId")
                      .containsValue("Choose a therapist of your practice as the clinician"));
    }
    Client client = db.inTenant(tenant, () -> records.create(staff, withClinician(therapist)));
    assertThat(client.details().clinicianId()).isEqualTo(therapist);
    assertThatThrownBy(
            () ->
                db.inTenant(tenant, () -> records.update(staff, client.id(), withClinician(desk))))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void otherFeaturesReadWhoAClientIsWithinThePracticeOnly() {
    UUID therapist = staffMember("rae@example.org", "Dr. Rae Lin", StaffRole.THERAPIST);
    UUID jo = db.inTenant(tenant, () -> records.create(staff, withClinician(therapist))).id();
    TenantId other = newPractice("elsewhere");

    ClientIdentity identity = db.inTenant(tenant, () -> records.getIdentity(jo));
    assertThat(identity.displayName()).isEqualTo("Jo Rivera");
    assertThat(identity.legalName()).isEqualTo("Jo Rivera");
    assertThat(identity.dateOfBirth()).isEqualTo(LocalDate.of(1990, 5, 1));
    assertThat(identity.minor()).isFalse();
    assertThat(identity.clinicianId()).isEqualTo(therapist);
    assertThat(db.inTenant(tenant, () -> records.findIdentities(Set.of(jo, UUID.randomUUID()))))
        .containsOnlyKeys(jo);
    assertThat(db.inTenant(other, () -> records.findIdentity(jo))).isEmpty();
    assertThat(db.inTenant(other, () -> records.findIdentities(Set.of(jo)))).isEmpty();
    assertThatThrownBy(() -> db.inTenant(other, () -> records.getIdentity(jo)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> db.inTenant(other, () -> records.getFacts(jo)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void theRecordsFactsNameTheClinicianAndFallBackToTheLegalFirstName() {
    UUID therapist = staffMember("rae@example.org", "Dr. Rae Lin", StaffRole.THERAPIST);
    UUID jo = db.inTenant(tenant, () -> records.create(staff, withClinician(therapist))).id();
    UUID sam =
        db.inTenant(
                tenant,
                () -> records.create(staff, details("Sam", "Lee", LocalDate.of(1985, 2, 3))))
            .id();

    Map<ClientFact, String> facts = db.inTenant(tenant, () -> records.getFacts(jo));
    assertThat(facts)
        .containsEntry(ClientFact.PREFERRED_NAME, "Jo")
        .containsEntry(ClientFact.DATE_OF_BIRTH, "1990-05-01")
        .containsEntry(ClientFact.EMERGENCY_CONTACT_NAME, "Sam Rivera")
        .containsEntry(ClientFact.CLINICIAN_NAME, "Dr. Rae Lin");
    assertThat(db.inTenant(tenant, () -> records.getFacts(sam)))
        .doesNotContainKey(ClientFact.CLINICIAN_NAME);
  }

  @Test
  void takingAFactChangesThatFieldOnlyAndIsAuditedAsAStaffEdit() {
    UUID jo =
        db.inTenant(
                tenant,
                () -> records.create(staff, details("Jo", "Rivera", LocalDate.of(1990, 5, 1))))
            .id();

    db.inTenant(
        tenant,
        () -> {
          records.takeFact(staff, jo, ClientFact.CITY, "Evanston");
          return null;
        });

    ClientDetails after = db.inTenant(tenant, () -> records.getClient(staff, jo)).details();
    assertThat(after.city()).isEqualTo("Evanston");
    assertThat(after.addressLine1()).isEqualTo("1 Lake St");
    assertThat(db.inTenant(tenant, () -> audit.listRecent(10)))
        .extracting(AuditEvent::action)
        .containsExactly(
            AuditAction.RECORD_READ,
            AuditAction.RECORD_CHANGED,
            AuditAction.RECORD_READ,
            AuditAction.RECORD_CHANGED);
    assertThatThrownBy(
            () ->
                db.inTenant(
                    tenant,
                    () -> {
                      records.takeFact(staff, jo, ClientFact.CLINICIAN_NAME, "Someone");
                      return null;
                    }))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () ->
                db.inTenant(
                    tenant,
                    () -> {
                      records.takeFact(portal, jo, ClientFact.CITY, "Elsewhere");
                      return null;
                    }))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aBirthDateOfTomorrowOnThePracticesCalendarIsRefused() {
    // 15:00 UTC on 27 Nov is 09:00 in Chicago: the 28th is tomorrow there.
    assertThatThrownBy(
            () ->
                db.inTenant(
                    tenant,
                    () ->
                        records.create(staff, details("Jo", "Rivera", LocalDate.of(2026, 11, 28)))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.fieldErrors())
                    .containsEntry("dateOfBirth", "The date of birth cannot be in the future"));
    assertThat(
            db.inTenant(
                    tenant,
                    () ->
                        records.create(staff, details("Jo", "Rivera", LocalDate.of(2026, 11, 27))))
                .dateOfBirth())
        .isEqualTo(LocalDate.of(2026, 11, 27));
  }

  @Test
  void everyBadFieldIsNamedAndNothingIsStored() {
    ClientDetails bad =
        SampleClients.with(
            RecordDraft.empty(ClientDetails.class).build(),
            "legalFirstName",
            "",
            "legalLastName",
            "x".repeat(81),
            "dateOfBirth",
            LocalDate.of(2027, 1, 1),
            "email",
            "not-an-email",
            "phone",
            "12",
            "postalCode",
            "ABCDE",
            "emergencyContactPhone",
            "call me",
            "clinicianId",
            UUID.randomUUID());
    assertThatThrownBy(() -> db.inTenant(tenant, () -> records.create(staff, bad)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.fieldErrors())
                    .containsOnlyKeys(
                        "legalFirstName",
                        "legalLastName",
                        "dateOfBirth",
                        "email",
                        "phone",
                        "postalCode",
                        "emergencyContactPhone",
                        "clinicianId"));
    assertThat(db.inTenant(tenant, () -> records.search(staff, ""))).isEmpty();
  }

  @Test
  void readsAndChangesAreAudited() {
    Client client =
        db.inTenant(
            tenant, () -> records.create(staff, details("Jo", "Rivera", LocalDate.of(1990, 5, 1))));
    db.inTenant(tenant, () -> records.getClient(staff, client.id()));
    db.inTenant(
        tenant,
        () ->
            records.update(
                staff, client.id(), details("Joanna", "Rivera", LocalDate.of(1990, 5, 1))));
    List<AuditEvent> events = db.inTenant(tenant, () -> audit.listRecent(10));
    assertThat(events)
        .extracting(AuditEvent::action)
        .containsExactly(
            AuditAction.RECORD_CHANGED, AuditAction.RECORD_READ, AuditAction.RECORD_CHANGED);
    assertThat(events).allSatisfy(e -> assertThat(e.subject()).contains(client.id().toString()));
  }

  @Test
  void portalUsersAndOtherPracticesMeetNotFound() {
    Client client =
        db.inTenant(
            tenant, () -> records.create(staff, details("Jo", "Rivera", LocalDate.of(1990, 5, 1))));
    assertThatThrownBy(() -> db.inTenant(tenant, () -> records.getClient(portal, client.id())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> db.inTenant(tenant, () -> records.search(portal, "")))
        .isInstanceOf(NotFound.class);
    TenantId other = newPractice("other");
    assertThatThrownBy(() -> db.inTenant(other, () -> records.getClient(staff, client.id())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                db.inTenant(
                    other,
                    () ->
                        records.update(
                            staff, client.id(), details("X", "Y", LocalDate.of(1990, 1, 1)))))
        .isInstanceOf(NotFound.class);
    assertThat(db.inTenant(other, () -> records.search(staff, "Rivera"))).isEmpty();
  }

  @Test
  void searchMatchesNamesAndEmailAndTreatsWildcardsLiterally() {
    db.inTenant(
        tenant, () -> records.create(staff, details("Jo", "Rivera", LocalDate.of(1990, 5, 1))));
    db.inTenant(
        tenant, () -> records.create(staff, details("Ana", "Okoye", LocalDate.of(1985, 2, 2))));
    assertThat(db.inTenant(tenant, () -> records.search(staff, "rIVer")))
        .extracting(ClientSummary::displayName)
        .containsExactly("Jo Rivera");
    assertThat(db.inTenant(tenant, () -> records.search(staff, "jo@example"))).hasSize(2);
    assertThat(db.inTenant(tenant, () -> records.search(staff, "%"))).isEmpty();
    assertThat(db.inTenant(tenant, () -> records.search(staff, "_"))).isEmpty();
    assertThat(db.inTenant(tenant, () -> records.search(staff, null))).hasSize(2);
  }
}
