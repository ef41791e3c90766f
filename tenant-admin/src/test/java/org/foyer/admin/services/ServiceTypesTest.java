package org.foyer.admin.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.errors.InvalidInput;
import org.foyer.errors.NotFound;
import org.foyer.errors.Refused;
import org.foyer.events.RecordedEvents;
import org.foyer.persistence.TestDatabase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Service types against the real database: who may do what, archiving, isolation. */
class ServiceTypesTest {

  static final TestDatabase db = TestDatabase.get();

  final RecordedEvents<CatalogChanged> events = new RecordedEvents<>();
  final Set<UUID> inUse = new HashSet<>();
  final CatalogUsage usage =
      new CatalogUsage() {
        @Override
        public boolean usesServiceType(UUID id) {
          return inUse.contains(id);
        }

        @Override
        public boolean usesLocation(UUID id) {
          return inUse.contains(id);
        }
      };
  final ServiceTypes service = new ServiceTypes(db.entityManager(), List.of(usage), events);
  SamplePractice north;
  SamplePractice south;

  @BeforeEach
  void twoPractices() {
    north = SamplePractice.create(db, "north");
    south = SamplePractice.create(db, "south");
  }

  static ServiceType.Details individual() {
    return new ServiceType.Details("Individual therapy", 53, 15_000, "90834");
  }

  UUID add(SamplePractice practice, String name) {
    return practice.in(
        () ->
            service
                .addServiceType(practice.admin, new ServiceType.Details(name, 50, 100, null))
                .id());
  }

  @Test
  void aManagerAddsAServiceTypeThatEveryStaffMemberCanList() {
    UUID id = north.in(() -> service.addServiceType(north.admin, individual()).id());
    List<ServiceType> seen = north.in(() -> service.listServiceTypes(north.therapist, false));
    assertThat(seen).extracting(ServiceType::id).containsExactly(id);
    assertThat(events.fired())
        .containsExactly(new CatalogChanged("admin@north.test", "service type added", id));
  }

  @Test
  void anotherPracticesServiceTypesAreNeitherListedNorFound() {
    UUID southType = add(south, "Couples therapy");
    assertThat(north.in(() -> service.listServiceTypes(north.admin, true))).isEmpty();
    assertThatThrownBy(() -> north.in(() -> service.getActiveServiceType(north.admin, southType)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> north.in(() -> service.reviseServiceType(north.admin, southType, individual())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> north.in(() -> service.removeServiceType(north.admin, southType)))
        .isInstanceOf(NotFound.class);
    assertThat(south.in(() -> service.getActiveServiceType(south.admin, southType)).name())
        .isEqualTo("Couples therapy");
  }

  @Test
  void staffWithoutTheCapabilityAreRefusedEveryChange() {
    UUID id = add(north, "Intake");
    assertThatThrownBy(() -> north.in(() -> service.addServiceType(north.therapist, individual())))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("Manage service types and locations");
    assertThatThrownBy(
            () -> north.in(() -> service.reviseServiceType(north.frontDesk, id, individual())))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> north.in(() -> service.archiveServiceType(north.therapist, id)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> north.in(() -> service.restoreServiceType(north.therapist, id)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> north.in(() -> service.removeServiceType(north.therapist, id)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> north.in(() -> service.listServiceTypes(north.therapist, true)))
        .isInstanceOf(Refused.class);
  }

  @Test
  void portalUsersAndAnonymousCallersFindNothing() {
    UUID id = add(north, "Intake");
    assertThatThrownBy(() -> north.in(() -> service.listServiceTypes(north.client, false)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> north.in(() -> service.getActiveServiceType(north.client, id)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> north.in(() -> service.addServiceType(north.anonymous, individual())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> north.in(() -> service.removeServiceType(north.client, id)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void activeNamesAreUniqueIgnoringCase() {
    add(north, "Intake");
    assertThatThrownBy(() -> add(north, "INTAKE"))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("name"));
    add(south, "Intake");
  }

  @Test
  void anArchivedNameMayBeReusedButThenCannotBeRestored() {
    UUID old = add(north, "Intake");
    north.in(() -> service.archiveServiceType(north.admin, old));
    add(north, "Intake");
    assertThatThrownBy(() -> north.in(() -> service.restoreServiceType(north.admin, old)))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void archivedServiceTypesAreHiddenFromStaffAndCannotBeChosen() {
    UUID id = add(north, "Intake");
    north.in(() -> service.archiveServiceType(north.admin, id));
    assertThat(north.in(() -> service.listServiceTypes(north.therapist, false))).isEmpty();
    assertThat(north.in(() -> service.listServiceTypes(north.admin, true)))
        .extracting(ServiceType::isArchived)
        .containsExactly(true);
    assertThatThrownBy(() -> north.in(() -> service.getActiveServiceType(north.therapist, id)))
        .isInstanceOf(NotFound.class);
    north.in(() -> service.restoreServiceType(north.admin, id));
    assertThat(north.in(() -> service.getActiveServiceType(north.therapist, id)).name())
        .isEqualTo("Intake");
  }

  @Test
  void removingAnUnusedServiceTypeDeletesIt() {
    UUID id = add(north, "Intake");
    assertThat(north.in(() -> service.removeServiceType(north.admin, id)))
        .isEqualTo(Removal.DELETED);
    assertThat(north.in(() -> service.listServiceTypes(north.admin, true))).isEmpty();
  }

  @Test
  void removingAServiceTypeInUseArchivesItInstead() {
    UUID id = add(north, "Intake");
    inUse.add(id);
    assertThat(north.in(() -> service.removeServiceType(north.admin, id)))
        .isEqualTo(Removal.ARCHIVED);
    assertThat(north.in(() -> service.listServiceTypes(north.admin, true)))
        .extracting(ServiceType::isArchived)
        .containsExactly(true);
  }

  @Test
  void aRevisionIsValidatedAndStored() {
    UUID id = add(north, "Intake");
    assertThatThrownBy(
            () ->
                north.in(
                    () ->
                        service.reviseServiceType(
                            north.admin, id, new ServiceType.Details("Intake", 50, 100, "12"))))
        .isInstanceOf(InvalidInput.class);
    north.in(() -> service.reviseServiceType(north.admin, id, individual()));
    ServiceType revised = north.in(() -> service.getActiveServiceType(north.admin, id));
    assertThat(revised.name()).isEqualTo("Individual therapy");
    assertThat(revised.billingCode()).contains("90834");
  }

  @Test
  void aMissingIdIsNotFound() {
    assertThatThrownBy(() -> north.in(() -> service.archiveServiceType(north.admin, null)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> north.in(() -> service.archiveServiceType(north.admin, UUID.randomUUID())))
        .isInstanceOf(NotFound.class);
  }
}
