package org.foyer.admin.preferences;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.services.CatalogChanged;
import org.foyer.admin.services.SamplePractice;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.admin.services.boundary.ServiceTypes;
import org.foyer.admin.services.entity.Location;
import org.foyer.admin.services.entity.LocationKind;
import org.foyer.admin.services.entity.Removal;
import org.foyer.admin.services.entity.ServiceType;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.events.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Each staff member's own preferences, against the real database and the real catalogue. */
class StaffPreferencesTest {

  static final TestDatabase db = TestDatabase.get();

  final RecordedEvents<PreferencesChanged> events = new RecordedEvents<>();
  final PreferenceUsage usage = new PreferenceUsage(db.entityManager());
  final ServiceTypes serviceTypes =
      new ServiceTypes(db.entityManager(), List.of(usage), new RecordedEvents<CatalogChanged>());
  final Locations locations =
      new Locations(db.entityManager(), List.of(usage), new RecordedEvents<CatalogChanged>());
  final StaffPreferences preferences =
      new StaffPreferences(
          db.entityManager(),
          new StaffDirectory(db.entityManager()),
          serviceTypes,
          locations,
          events);
  SamplePractice north;
  SamplePractice south;
  UUID individual;
  UUID couples;
  UUID office;
  UUID video;

  @BeforeEach
  void twoPracticesWithACatalogue() {
    north = SamplePractice.create(db, "north");
    south = SamplePractice.create(db, "south");
    individual = serviceType(north, "Individual");
    couples = serviceType(north, "Couples");
    office = location(north, new Location.Details("Office", LocationKind.OFFICE, "1 Elm St"));
    video = location(north, new Location.Details("Video", LocationKind.TELEHEALTH, null));
  }

  UUID serviceType(SamplePractice practice, String name) {
    return practice.in(
        () -> serviceTypes.add(practice.admin, new ServiceType.Details(name, 50, 100, null)).id());
  }

  UUID location(SamplePractice practice, Location.Details details) {
    return practice.in(() -> locations.add(practice.admin, details).id());
  }

  @Test
  void aStaffMemberWhoNeverChoseReceivesEveryNotificationAndOffersNothing() {
    Preferences mine = north.in(() -> preferences.getMine(north.therapist));
    assertThat(mine.staffId()).isEqualTo(north.therapist.accountId());
    assertThat(mine.notifications()).containsExactlyInAnyOrder(NotificationKind.values());
    assertThat(mine.serviceTypeIds()).isEmpty();
    assertThat(mine.locationIds()).isEmpty();
  }

  @Test
  void aTherapistChoosesTheServiceTypesTheyOffer() {
    north.in(() -> preferences.chooseServiceTypes(north.therapist, List.of(individual, couples)));
    Preferences mine =
        north.in(() -> preferences.chooseServiceTypes(north.therapist, List.of(couples)));
    assertThat(mine.serviceTypeIds()).containsExactly(couples);
    assertThat(north.in(() -> preferences.getMine(north.admin)).serviceTypeIds()).isEmpty();
    assertThat(events.fired())
        .extracting(PreferencesChanged::actor)
        .containsOnly("therapist@north.test");
  }

  @Test
  void anyStaffMemberChoosesTheLocationsTheyWorkAt() {
    Preferences mine =
        north.in(
            () -> preferences.chooseLocations(north.frontDesk, List.of(office, video, office)));
    assertThat(mine.locationIds()).containsExactlyInAnyOrder(office, video);
    mine = north.in(() -> preferences.chooseLocations(north.frontDesk, List.of()));
    assertThat(mine.locationIds()).isEmpty();
  }

  @Test
  void anotherPracticesServiceTypeOrLocationIsNotFoundAndNothingChanges() {
    UUID southType = serviceType(south, "Individual");
    UUID southPlace = location(south, new Location.Details("Video", LocationKind.TELEHEALTH, null));
    north.in(() -> preferences.chooseServiceTypes(north.therapist, List.of(individual)));
    assertThatThrownBy(
            () ->
                north.in(
                    () ->
                        preferences.chooseServiceTypes(
                            north.therapist, List.of(couples, southType))))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> north.in(() -> preferences.chooseLocations(north.therapist, List.of(southPlace))))
        .isInstanceOf(NotFound.class);
    assertThat(north.in(() -> preferences.getMine(north.therapist)).serviceTypeIds())
        .containsExactly(individual);
  }

  @Test
  void unknownAndArchivedEntriesCannotBeChosen() {
    assertThatThrownBy(
            () ->
                north.in(
                    () ->
                        preferences.chooseServiceTypes(
                            north.therapist, List.of(UUID.randomUUID()))))
        .isInstanceOf(NotFound.class);
    north.in(() -> serviceTypes.archive(north.admin, couples));
    assertThatThrownBy(
            () -> north.in(() -> preferences.chooseServiceTypes(north.therapist, List.of(couples))))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void oversizedOrMalformedChoicesAreRefusedOnTheirField() {
    List<UUID> tooMany = new ArrayList<>();
    for (int i = 0; i <= StaffPreferences.MAX_CHOICES; i++) {
      tooMany.add(UUID.randomUUID());
    }
    assertThatThrownBy(
            () -> north.in(() -> preferences.chooseServiceTypes(north.therapist, tooMany)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> assertThat(e.fieldErrors()).containsOnlyKeys("serviceTypeIds"));
    assertThatThrownBy(
            () ->
                north.in(
                    () ->
                        preferences.chooseLocations(north.therapist, Arrays.asList(office, null))))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("locationIds"));
    assertThatThrownBy(() -> north.in(() -> preferences.chooseLocations(north.therapist, null)))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void portalUsersAnonymousCallersAndStrangersHaveNoPreferences() {
    assertThatThrownBy(() -> north.in(() -> preferences.getMine(north.client)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> north.in(() -> preferences.chooseNotifications(north.anonymous, Set.of())))
        .isInstanceOf(NotFound.class);
    // A staff member of another practice presenting themselves here is a stranger.
    assertThatThrownBy(
            () -> north.in(() -> preferences.chooseServiceTypes(south.therapist, List.of())))
        .isInstanceOf(NotFound.class);
    Caller ghost =
        new Caller(UUID.randomUUID(), Caller.Kind.STAFF, "ghost@x.org", Set.of(), Set.of());
    assertThatThrownBy(() -> north.in(() -> preferences.getMine(ghost)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void notificationsAreChosenOneByOne() {
    north.in(
        () ->
            preferences.chooseNotifications(
                north.therapist,
                EnumSet.of(
                    NotificationKind.NEW_SECURE_MESSAGE, NotificationKind.PAYMENT_RECEIVED)));
    Preferences mine =
        north.in(
            () ->
                preferences.chooseNotifications(
                    north.therapist, EnumSet.of(NotificationKind.INTAKE_COMPLETED)));
    assertThat(mine.notifications()).containsExactly(NotificationKind.INTAKE_COMPLETED);
    UUID therapist = north.therapist.accountId();
    assertThat(
            north.in(
                () -> preferences.wantsNotification(therapist, NotificationKind.INTAKE_COMPLETED)))
        .isTrue();
    assertThat(
            north.in(
                () ->
                    preferences.wantsNotification(
                        therapist, NotificationKind.APPOINTMENT_REQUESTED_OR_CANCELLED)))
        .isFalse();
    assertThat(
            north.in(
                () ->
                    preferences.wantsNotification(
                        north.admin.accountId(), NotificationKind.PAYMENT_RECEIVED)))
        .isTrue();
  }

  @Test
  void aServiceTypeOrLocationSomeoneChoseIsArchivedRatherThanDeleted() {
    north.in(() -> preferences.chooseServiceTypes(north.therapist, List.of(individual)));
    north.in(() -> preferences.chooseLocations(north.therapist, List.of(office)));
    assertThat(north.in(() -> serviceTypes.remove(north.admin, individual)))
        .isEqualTo(Removal.ARCHIVED);
    assertThat(north.in(() -> serviceTypes.remove(north.admin, couples)))
        .isEqualTo(Removal.DELETED);
    assertThat(north.in(() -> locations.remove(north.admin, office))).isEqualTo(Removal.ARCHIVED);
    assertThat(north.in(() -> locations.remove(north.admin, video))).isEqualTo(Removal.DELETED);
  }
}
