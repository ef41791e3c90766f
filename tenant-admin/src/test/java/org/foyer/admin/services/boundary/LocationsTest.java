package org.foyer.admin.services.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.services.entity.Location;
import org.foyer.admin.services.entity.LocationKind;
import org.foyer.admin.services.entity.Removal;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;

/** Locations: the catalogue's shared rules, and a location's own (offices have an address). */
class LocationsTest extends CatalogRules<Location> {

  final Locations service = new Locations(db.entityManager(), usages, events);

  static Location.Details office() {
    return new Location.Details("Main office", LocationKind.OFFICE, "1 Elm St, Springfield");
  }

  static Location.Details video() {
    return video("Video sessions");
  }

  static Location.Details video(String name) {
    return new Location.Details(name, LocationKind.TELEHEALTH, null);
  }

  @Override
  String noun() {
    return "location";
  }

  @Override
  Set<UUID> inUse() {
    return locationsInUse;
  }

  @Override
  Set<UUID> otherKindInUse() {
    return serviceTypesInUse;
  }

  @Override
  Location add(Caller caller, String name) {
    return service.add(caller, video(name));
  }

  @Override
  Location revise(Caller caller, UUID id, String name) {
    return service.revise(caller, id, video(name));
  }

  @Override
  List<Location> list(Caller caller, boolean includeArchived) {
    return service.list(caller, includeArchived);
  }

  @Override
  Location getActive(Caller caller, UUID id) {
    return service.getActive(caller, id);
  }

  @Override
  Location archive(Caller caller, UUID id) {
    return service.archive(caller, id);
  }

  @Override
  Location restore(Caller caller, UUID id) {
    return service.restore(caller, id);
  }

  @Override
  Removal remove(Caller caller, UUID id) {
    return service.remove(caller, id);
  }

  @Test
  void aManagerAddsOfficesAndTelehealthThatStaffCanList() {
    north.in(() -> service.add(north.admin, office()));
    north.in(() -> service.add(north.admin, video()));
    assertThat(north.in(() -> service.list(north.frontDesk, false)))
        .extracting(Location::name, Location::kind)
        .containsExactly(
            tuple("Main office", LocationKind.OFFICE),
            tuple("Video sessions", LocationKind.TELEHEALTH));
    assertThat(events.fired()).hasSize(2);
  }

  @Test
  void anInvalidLocationIsRefusedOnItsField() {
    assertThatThrownBy(
            () ->
                north.in(
                    () ->
                        service.add(
                            north.admin,
                            new Location.Details("Office", LocationKind.OFFICE, null))))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsOnlyKeys("address"));
  }

  @Test
  void aRevisionCanTurnAnOfficeIntoTelehealth() {
    UUID id = north.in(() -> service.add(north.admin, office()).id());
    north.in(
        () ->
            service.revise(
                north.admin, id, new Location.Details("Main office", LocationKind.TELEHEALTH, "")));
    Location revised = north.in(() -> service.getActive(north.therapist, id));
    assertThat(revised.kind()).isEqualTo(LocationKind.TELEHEALTH);
    assertThat(revised.address()).isEmpty();
  }
}
