package org.foyer.admin.services;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.foyer.access.Caller;
import org.foyer.access.Capability;
import org.foyer.errors.InvalidInput;
import org.foyer.errors.NotFound;
import org.foyer.persistence.Transactional;

/**
 * The practice's offices and telehealth locations. Every staff member may read the active ones (to
 * pick where they work); only holders of "Manage service types and locations" change them or see
 * archived ones.
 */
@ApplicationScoped
public class Locations {

  static final String WHAT = "That location";

  private EntityManager em;
  private Iterable<CatalogUsage> usages;
  private Event<CatalogChanged> changed;

  protected Locations() {}

  /** CDI asks every feature's {@link CatalogUsage}; an {@link Instance} iterates over them all. */
  @Inject
  public Locations(EntityManager em, Instance<CatalogUsage> usages, Event<CatalogChanged> changed) {
    this(em, (Iterable<CatalogUsage>) usages, changed);
  }

  public Locations(EntityManager em, Iterable<CatalogUsage> usages, Event<CatalogChanged> changed) {
    this.em = em;
    this.usages = usages;
    this.changed = changed;
  }

  /** Active locations by name; with {@code includeArchived}, for managers only. */
  @Transactional(readOnly = true)
  public List<Location> listLocations(Caller caller, boolean includeArchived) {
    requireStaff(caller);
    if (includeArchived) {
      caller.require(Capability.MANAGE_SERVICES_AND_LOCATIONS, WHAT);
    }
    return em.createQuery(
            "SELECT l FROM Location l WHERE l.archived = false OR :all = true"
                + " ORDER BY l.archived, LOWER(l.name)",
            Location.class)
        .setParameter("all", includeArchived)
        .getResultList();
  }

  /** An active location any staff member may choose; archived or unknown ones are not found. */
  @Transactional(readOnly = true)
  public Location getActiveLocation(Caller caller, UUID id) {
    Location location = find(caller, id);
    if (location.isArchived()) {
      throw new NotFound(WHAT);
    }
    return location;
  }

  @Transactional
  public Location addLocation(Caller caller, Location.Details details) {
    caller.require(Capability.MANAGE_SERVICES_AND_LOCATIONS, WHAT);
    Location location = new Location(details);
    requireUniqueName(location.name(), location.id());
    em.persist(location);
    changed.fire(new CatalogChanged(caller.email(), "location added", location.id()));
    return location;
  }

  @Transactional
  public Location reviseLocation(Caller caller, UUID id, Location.Details details) {
    Location location = managed(caller, id);
    location.revise(details);
    if (!location.isArchived()) {
      requireUniqueName(location.name(), location.id());
    }
    changed.fire(new CatalogChanged(caller.email(), "location revised", id));
    return location;
  }

  @Transactional
  public Location archiveLocation(Caller caller, UUID id) {
    Location location = managed(caller, id);
    location.archive();
    changed.fire(new CatalogChanged(caller.email(), "location archived", id));
    return location;
  }

  @Transactional
  public Location restoreLocation(Caller caller, UUID id) {
    Location location = managed(caller, id);
    requireUniqueName(location.name(), id);
    location.restore();
    changed.fire(new CatalogChanged(caller.email(), "location restored", id));
    return location;
  }

  /** Deletes a location nothing refers to; one in use is archived instead. */
  @Transactional
  public Removal removeLocation(Caller caller, UUID id) {
    Location location = managed(caller, id);
    boolean inUse =
        StreamSupport.stream(usages.spliterator(), false).anyMatch(u -> u.usesLocation(id));
    if (inUse) {
      location.archive();
      changed.fire(new CatalogChanged(caller.email(), "location archived (in use)", id));
      return Removal.ARCHIVED;
    }
    em.remove(location);
    changed.fire(new CatalogChanged(caller.email(), "location deleted", id));
    return Removal.DELETED;
  }

  private Location managed(Caller caller, UUID id) {
    caller.require(Capability.MANAGE_SERVICES_AND_LOCATIONS, WHAT);
    return find(caller, id);
  }

  private Location find(Caller caller, UUID id) {
    requireStaff(caller);
    Location location = id == null ? null : em.find(Location.class, id);
    if (location == null) {
      throw new NotFound(WHAT);
    }
    return location;
  }

  private void requireUniqueName(String name, UUID self) {
    long clashes =
        em.createQuery(
                "SELECT COUNT(l) FROM Location l WHERE l.archived = false"
                    + " AND LOWER(l.name) = LOWER(:name) AND l.id <> :self",
                Long.class)
            .setParameter("name", name)
            .setParameter("self", self)
            .getSingleResult();
    if (clashes > 0) {
      String message = "Another active location is already called \"" + name + "\"";
      throw new InvalidInput(message, Map.of("name", message));
    }
  }

  private static void requireStaff(Caller caller) {
    if (!caller.isStaff()) {
      throw new NotFound(WHAT);
    }
  }
}
