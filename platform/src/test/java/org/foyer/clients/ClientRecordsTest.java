package org.foyer.clients;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.access.Caller;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditEvent;
import org.foyer.audit.AuditLog;
import org.foyer.errors.InvalidInput;
import org.foyer.errors.NotFound;
import org.foyer.fixtures.SampleCallers;
import org.foyer.fixtures.SamplePractices;
import org.foyer.persistence.TestDatabase;
import org.foyer.tenancy.TenantId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ClientRecordsTest {

  static final TestDatabase db = TestDatabase.get();
  static final Instant NOW = Instant.parse("2026-11-27T15:00:00Z");

  final AuditLog audit = new AuditLog(db.entityManager());
  final ClientRecords records =
      new ClientRecords(db.entityManager(), audit, Clock.fixed(NOW, ZoneOffset.UTC));
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
    return new ClientDetails(
        first,
        last,
        null,
        "she/her",
        born,
        "Jo@Example.org",
        "(312) 555-0100",
        "1 Lake St",
        null,
        "Chicago",
        "IL",
        "60601",
        "Sam Rivera",
        "312 555 0199",
        "Partner",
        null,
        null);
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

  @Test
  void everyBadFieldIsNamedAndNothingIsStored() {
    ClientDetails bad =
        new ClientDetails(
            "",
            "x".repeat(81),
            null,
            null,
            LocalDate.of(2027, 1, 1),
            "not-an-email",
            "12",
            null,
            null,
            null,
            null,
            "ABCDE",
            null,
            "call me",
            null,
            UUID.randomUUID(),
            null);
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
