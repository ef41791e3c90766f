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

/** Locations against the real database: who may do what, archiving, isolation. */
class LocationsTest {

  static final TestDatabase db = TestDatabase.get();

  final RecordedEvents<CatalogChanged> events = new RecordedEvents<>();
  final Set<UUID> inUse = new HashSet<>();
  final CatalogUsage usage =
      new CatalogUsage() {
        @Override
        public boolean usesServiceType(UUID id) {
          return false;
        }

        @Override
        public boolean usesLocation(UUID id) {
          return inUse.contains(id);
        }
      };
  final Locations service = new Locations(db.entityManager(), List.of(usage), events);
  SamplePractice north;
  SamplePractice south;

  @BeforeEach
  void twoPractices() {
    north = SamplePractice.create(db, "north");
    south = SamplePractice.create(db, "south");
  }

  static Location.Details office() {
    return new Location.Details("Main office", LocationKind.OFFICE, "1 Elm St, Springfield");
  }

  static Location.Details video() {
    return new Location.Details("Video sessions", LocationKind.TELEHEALTH, null);
  }

  @Test
  void aManagerAddsOfficesAndTelehealthThatStaffCanList() {
    north.in(() -> service.addLocation(north.admin, office()));
    north.in(() -> service.addLocation(north.admin, video()));
    assertThat(north.in(() -> service.listLocations(north.frontDesk, false)))
        .extracting(Location::name)
        .containsExactly("Main office", "Video sessions");
    assertThat(events.fired()).hasSize(2);
  }

  @Test
  void staffWithoutTheCapabilityAreRefusedAndOthersFindNothing() {
    UUID id = north.in(() -> service.addLocation(north.admin, office()).id());
    assertThatThrownBy(() -> north.in(() -> service.addLocation(north.therapist, video())))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> north.in(() -> service.archiveLocation(north.therapist, id)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> north.in(() -> service.listLocations(north.client, false)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> south.in(() -> service.archiveLocation(south.admin, id)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> south.in(() -> service.getActiveLocation(south.therapist, id)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void anInvalidLocationIsRefusedOnItsField() {
    assertThatThrownBy(
            () ->
                north.in(
                    () ->
                        service.addLocation(
                            north.admin,
                            new Location.Details("Office", LocationKind.OFFICE, null))))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("address"));
  }

  @Test
  void aLocationInUseIsArchivedAndAnUnusedOneDeleted() {
    UUID used = north.in(() -> service.addLocation(north.admin, office()).id());
    UUID unused = north.in(() -> service.addLocation(north.admin, video()).id());
    inUse.add(used);
    assertThat(north.in(() -> service.removeLocation(north.admin, used)))
        .isEqualTo(Removal.ARCHIVED);
    assertThat(north.in(() -> service.removeLocation(north.admin, unused)))
        .isEqualTo(Removal.DELETED);
    assertThat(north.in(() -> service.listLocations(north.admin, true)))
        .extracting(Location::id, Location::isArchived)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(used, true));
  }

  @Test
  void aRevisionCanTurnAnOfficeIntoTelehealth() {
    UUID id = north.in(() -> service.addLocation(north.admin, office()).id());
    north.in(
        () ->
            service.reviseLocation(
                north.admin, id, new Location.Details("Main office", LocationKind.TELEHEALTH, "")));
    Location revised = north.in(() -> service.getActiveLocation(north.therapist, id));
    assertThat(revised.kind()).isEqualTo(LocationKind.TELEHEALTH);
    assertThat(revised.address()).isEmpty();
  }
}
