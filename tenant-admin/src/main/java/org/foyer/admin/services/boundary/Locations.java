package org.foyer.admin.services.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import org.foyer.admin.services.CatalogChanged;
import org.foyer.admin.services.LocationChoice;
import org.foyer.admin.services.control.CatalogUsage;
import org.foyer.admin.services.control.Catalogue;
import org.foyer.admin.services.entity.Location;
import org.foyer.admin.services.entity.LocationKind;
import org.foyer.core.access.Caller;
import org.foyer.core.persistence.Transactional;

/**
 * The practice's offices and telehealth locations. Every staff member may read the active ones (to
 * pick where they work); only holders of "Manage service types and locations" change them or see
 * archived ones. The rules it shares with service types live in {@link Catalogue}; a location's own
 * (an office has an address, telehealth none) in {@link Location.Details}.
 */
@ApplicationScoped
public class Locations extends CatalogService<Location, Location.Details> {

  protected Locations() {}

  /** CDI asks every feature's {@link CatalogUsage}; an {@link Instance} iterates over them all. */
  @Inject
  public Locations(EntityManager em, Instance<CatalogUsage> usages, Event<CatalogChanged> changed) {
    this(em, (Iterable<CatalogUsage>) usages, changed);
  }

  public Locations(EntityManager em, Iterable<CatalogUsage> usages, Event<CatalogChanged> changed) {
    super(
        new Catalogue<>(
            em, usages, changed, Location.class, "location", CatalogUsage::usesLocation),
        Location::new,
        Location::revise);
  }

  /** The active locations by name, for any staff member to choose from. */
  @Transactional(readOnly = true)
  public List<LocationChoice> listChoices(Caller caller) {
    return list(caller, false).stream().map(Locations::choice).toList();
  }

  /**
   * The active locations, for a feature that has already checked its caller (a portal login reading
   * where its appointments are).
   */
  @Transactional(readOnly = true)
  public List<LocationChoice> listChoicesForClients() {
    return listActive().stream().map(Locations::choice).toList();
  }

  private static LocationChoice choice(Location place) {
    return new LocationChoice(
        place.id(), place.name(), place.kind().label(), place.kind() == LocationKind.TELEHEALTH);
  }
}
