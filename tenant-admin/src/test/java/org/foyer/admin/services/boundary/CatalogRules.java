package org.foyer.admin.services.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.services.CatalogChanged;
import org.foyer.admin.services.SamplePractice;
import org.foyer.admin.services.control.CatalogUsage;
import org.foyer.admin.services.entity.CatalogEntry;
import org.foyer.admin.services.entity.Removal;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.events.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The rules every catalogue kind follows, against the real database: who may do what, unique names,
 * archiving instead of deleting what is in use, isolation between practices. Each kind's test
 * extends this, so every rule runs for service types and for locations alike; the kind's own rules
 * stay in its own test.
 */
abstract class CatalogRules<T extends CatalogEntry> {

  static final TestDatabase db = TestDatabase.get();

  final RecordedEvents<CatalogChanged> events = new RecordedEvents<>();
  final Set<UUID> serviceTypesInUse = new HashSet<>();
  final Set<UUID> locationsInUse = new HashSet<>();
  final List<CatalogUsage> usages =
      List.of(
          new CatalogUsage() {
            @Override
            public boolean usesServiceType(UUID id) {
              return serviceTypesInUse.contains(id);
            }

            @Override
            public boolean usesLocation(UUID id) {
              return locationsInUse.contains(id);
            }
          });
  SamplePractice north;
  SamplePractice south;

  @BeforeEach
  void twoPractices() {
    north = SamplePractice.create(db, "north");
    south = SamplePractice.create(db, "south");
  }

  /** The kind in the words of its audit events ("service type"). */
  abstract String noun();

  /** The ids the kind's usage answers for, and those of the other kind's. */
  abstract Set<UUID> inUse();

  abstract Set<UUID> otherKindInUse();

  /** Adds a valid entry of the kind with this name. */
  abstract T add(Caller caller, String name);

  /** Revises an entry with valid details under this name. */
  abstract T revise(Caller caller, UUID id, String name);

  abstract List<T> list(Caller caller, boolean includeArchived);

  abstract T getActive(Caller caller, UUID id);

  abstract T archive(Caller caller, UUID id);

  abstract T restore(Caller caller, UUID id);

  abstract Removal remove(Caller caller, UUID id);

  UUID add(SamplePractice practice, String name) {
    return practice.in(() -> add(practice.admin, name).id());
  }

  @Test
  void aManagerAddsAnEntryThatEveryStaffMemberCanList() {
    UUID id = add(north, "Intake");
    assertThat(north.in(() -> list(north.therapist, false))).extracting(T::id).containsExactly(id);
    assertThat(north.in(() -> list(north.frontDesk, false))).extracting(T::id).containsExactly(id);
    assertThat(events.fired())
        .containsExactly(new CatalogChanged("admin@north.test", noun() + " added", id));
  }

  @Test
  void anotherPracticesEntriesAreNeitherListedNorFound() {
    UUID southEntry = add(south, "Couples therapy");
    assertThat(north.in(() -> list(north.admin, true))).isEmpty();
    assertThatThrownBy(() -> north.in(() -> getActive(north.admin, southEntry)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> north.in(() -> revise(north.admin, southEntry, "Mine now")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> north.in(() -> archive(north.admin, southEntry)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> north.in(() -> remove(north.admin, southEntry)))
        .isInstanceOf(NotFound.class);
    assertThat(south.in(() -> getActive(south.therapist, southEntry)).name())
        .isEqualTo("Couples therapy");
  }

  @Test
  void staffWithoutTheCapabilityAreRefusedEveryChange() {
    UUID id = add(north, "Intake");
    assertThatThrownBy(() -> north.in(() -> add(north.therapist, "Other")))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("Manage service types and locations");
    assertThatThrownBy(() -> north.in(() -> revise(north.frontDesk, id, "Other")))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> north.in(() -> archive(north.therapist, id)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> north.in(() -> restore(north.therapist, id)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> north.in(() -> remove(north.therapist, id)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> north.in(() -> list(north.therapist, true)))
        .isInstanceOf(Refused.class);
    assertThat(north.in(() -> getActive(north.admin, id)).name()).isEqualTo("Intake");
  }

  @Test
  void portalUsersAndAnonymousCallersFindNothing() {
    UUID id = add(north, "Intake");
    assertThatThrownBy(() -> north.in(() -> list(north.client, false)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> north.in(() -> getActive(north.client, id)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> north.in(() -> add(north.anonymous, "Other")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> north.in(() -> remove(north.client, id))).isInstanceOf(NotFound.class);
  }

  @Test
  void activeNamesAreUniqueIgnoringCase() {
    add(north, "Intake");
    assertThatThrownBy(() -> add(north, "INTAKE"))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("name"));
    UUID other = add(north, "Assessment");
    assertThatThrownBy(() -> north.in(() -> revise(north.admin, other, "intake")))
        .isInstanceOf(InvalidInput.class);
    add(south, "Intake");
  }

  @Test
  void anArchivedNameMayBeReusedButThenCannotBeRestored() {
    UUID old = add(north, "Intake");
    north.in(() -> archive(north.admin, old));
    add(north, "Intake");
    assertThatThrownBy(() -> north.in(() -> restore(north.admin, old)))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void archivedEntriesAreHiddenFromStaffAndCannotBeChosenUntilRestored() {
    UUID id = add(north, "Intake");
    north.in(() -> archive(north.admin, id));
    assertThat(north.in(() -> list(north.therapist, false))).isEmpty();
    assertThat(north.in(() -> list(north.admin, true)))
        .extracting(T::isArchived)
        .containsExactly(true);
    assertThatThrownBy(() -> north.in(() -> getActive(north.therapist, id)))
        .isInstanceOf(NotFound.class);
    north.in(() -> restore(north.admin, id));
    assertThat(north.in(() -> getActive(north.therapist, id)).name()).isEqualTo("Intake");
  }

  @Test
  void removingAnUnusedEntryDeletesIt() {
    UUID id = add(north, "Intake");
    assertThat(north.in(() -> remove(north.admin, id))).isEqualTo(Removal.DELETED);
    assertThat(north.in(() -> list(north.admin, true))).isEmpty();
    assertThat(events.last())
        .isEqualTo(new CatalogChanged("admin@north.test", noun() + " deleted", id));
  }

  @Test
  void removingAnEntryInUseArchivesItInstead() {
    UUID used = add(north, "Intake");
    UUID unused = add(north, "Assessment");
    inUse().add(used);
    assertThat(north.in(() -> remove(north.admin, used))).isEqualTo(Removal.ARCHIVED);
    assertThat(events.last())
        .isEqualTo(new CatalogChanged("admin@north.test", noun() + " archived (in use)", used));
    assertThat(north.in(() -> remove(north.admin, unused))).isEqualTo(Removal.DELETED);
    assertThat(north.in(() -> list(north.admin, true)))
        .extracting(T::id, T::isArchived)
        .containsExactly(tuple(used, true));
  }

  @Test
  void onlyAUseOfTheSameKindKeepsAnEntry() {
    UUID id = add(north, "Intake");
    otherKindInUse().add(id);
    assertThat(north.in(() -> remove(north.admin, id))).isEqualTo(Removal.DELETED);
  }

  @Test
  void aMissingIdIsNotFound() {
    assertThatThrownBy(() -> north.in(() -> archive(north.admin, null)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> north.in(() -> archive(north.admin, UUID.randomUUID())))
        .isInstanceOf(NotFound.class);
  }
}
