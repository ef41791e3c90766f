package org.foyer.admin.services.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.services.entity.Removal;
import org.foyer.admin.services.entity.ServiceType;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;

/** Service types: the catalogue's shared rules, and a service type's own details. */
class ServiceTypesTest extends CatalogRules<ServiceType> {

  final ServiceTypes service = new ServiceTypes(db.entityManager(), usages, events);

  static ServiceType.Details individual() {
    return new ServiceType.Details("Individual therapy", 53, 15_000, "90834");
  }

  static ServiceType.Details plain(String name) {
    return new ServiceType.Details(name, 50, 100, null);
  }

  @Override
  String noun() {
    return "service type";
  }

  @Override
  Set<UUID> inUse() {
    return serviceTypesInUse;
  }

  @Override
  Set<UUID> otherKindInUse() {
    return locationsInUse;
  }

  @Override
  ServiceType add(Caller caller, String name) {
    return service.add(caller, plain(name));
  }

  @Override
  ServiceType revise(Caller caller, UUID id, String name) {
    return service.revise(caller, id, plain(name));
  }

  @Override
  List<ServiceType> list(Caller caller, boolean includeArchived) {
    return service.list(caller, includeArchived);
  }

  @Override
  ServiceType getActive(Caller caller, UUID id) {
    return service.getActive(caller, id);
  }

  @Override
  ServiceType archive(Caller caller, UUID id) {
    return service.archive(caller, id);
  }

  @Override
  ServiceType restore(Caller caller, UUID id) {
    return service.restore(caller, id);
  }

  @Override
  Removal remove(Caller caller, UUID id) {
    return service.remove(caller, id);
  }

  @Test
  void aManagerAddsAServiceTypeWithItsRateAndBillingCode() {
    UUID id = north.in(() -> service.add(north.admin, individual()).id());
    ServiceType added = north.in(() -> service.getActive(north.therapist, id));
    assertThat(added.durationMinutes()).isEqualTo(53);
    assertThat(added.rateCents()).isEqualTo(15_000);
    assertThat(added.currency()).isEqualTo("USD");
    assertThat(added.billingCode()).contains("90834");
  }

  @Test
  void aRevisionIsValidatedAndStored() {
    UUID id = add(north, "Intake");
    assertThatThrownBy(
            () ->
                north.in(
                    () ->
                        service.revise(
                            north.admin, id, new ServiceType.Details("Intake", 50, 100, "12"))))
        .isInstanceOf(InvalidInput.class);
    north.in(() -> service.revise(north.admin, id, individual()));
    ServiceType revised = north.in(() -> service.getActive(north.admin, id));
    assertThat(revised.name()).isEqualTo("Individual therapy");
    assertThat(revised.billingCode()).contains("90834");
  }
}
