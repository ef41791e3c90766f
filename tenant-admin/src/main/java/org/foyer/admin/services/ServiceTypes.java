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
 * The practice's service types. Every staff member may read the active ones (to pick what they
 * offer); only holders of "Manage service types and locations" change them or see archived ones.
 */
@ApplicationScoped
public class ServiceTypes {

  static final String WHAT = "That service type";

  private EntityManager em;
  private Iterable<CatalogUsage> usages;
  private Event<CatalogChanged> changed;

  protected ServiceTypes() {}

  /** CDI asks every feature's {@link CatalogUsage}; an {@link Instance} iterates over them all. */
  @Inject
  public ServiceTypes(
      EntityManager em, Instance<CatalogUsage> usages, Event<CatalogChanged> changed) {
    this(em, (Iterable<CatalogUsage>) usages, changed);
  }

  public ServiceTypes(
      EntityManager em, Iterable<CatalogUsage> usages, Event<CatalogChanged> changed) {
    this.em = em;
    this.usages = usages;
    this.changed = changed;
  }

  /** Active service types by name; with {@code includeArchived}, for managers only. */
  @Transactional(readOnly = true)
  public List<ServiceType> listServiceTypes(Caller caller, boolean includeArchived) {
    requireStaff(caller);
    if (includeArchived) {
      caller.require(Capability.MANAGE_SERVICES_AND_LOCATIONS, WHAT);
    }
    return em.createQuery(
            "SELECT s FROM ServiceType s WHERE s.archived = false OR :all = true"
                + " ORDER BY s.archived, LOWER(s.name)",
            ServiceType.class)
        .setParameter("all", includeArchived)
        .getResultList();
  }

  /** An active service type any staff member may choose; archived or unknown ones are not found. */
  @Transactional(readOnly = true)
  public ServiceType getActiveServiceType(Caller caller, UUID id) {
    ServiceType type = find(caller, id);
    if (type.isArchived()) {
      throw new NotFound(WHAT);
    }
    return type;
  }

  @Transactional
  public ServiceType addServiceType(Caller caller, ServiceType.Details details) {
    caller.require(Capability.MANAGE_SERVICES_AND_LOCATIONS, WHAT);
    ServiceType type = new ServiceType(details);
    requireUniqueName(type.name(), type.id());
    em.persist(type);
    changed.fire(new CatalogChanged(caller.email(), "service type added", type.id()));
    return type;
  }

  @Transactional
  public ServiceType reviseServiceType(Caller caller, UUID id, ServiceType.Details details) {
    ServiceType type = managed(caller, id);
    type.revise(details);
    if (!type.isArchived()) {
      requireUniqueName(type.name(), type.id());
    }
    changed.fire(new CatalogChanged(caller.email(), "service type revised", id));
    return type;
  }

  @Transactional
  public ServiceType archiveServiceType(Caller caller, UUID id) {
    ServiceType type = managed(caller, id);
    type.archive();
    changed.fire(new CatalogChanged(caller.email(), "service type archived", id));
    return type;
  }

  @Transactional
  public ServiceType restoreServiceType(Caller caller, UUID id) {
    ServiceType type = managed(caller, id);
    requireUniqueName(type.name(), id);
    type.restore();
    changed.fire(new CatalogChanged(caller.email(), "service type restored", id));
    return type;
  }

  /** Deletes a service type nothing refers to; one in use is archived instead. */
  @Transactional
  public Removal removeServiceType(Caller caller, UUID id) {
    ServiceType type = managed(caller, id);
    boolean inUse =
        StreamSupport.stream(usages.spliterator(), false).anyMatch(u -> u.usesServiceType(id));
    if (inUse) {
      type.archive();
      changed.fire(new CatalogChanged(caller.email(), "service type archived (in use)", id));
      return Removal.ARCHIVED;
    }
    em.remove(type);
    changed.fire(new CatalogChanged(caller.email(), "service type deleted", id));
    return Removal.DELETED;
  }

  private ServiceType managed(Caller caller, UUID id) {
    caller.require(Capability.MANAGE_SERVICES_AND_LOCATIONS, WHAT);
    return find(caller, id);
  }

  private ServiceType find(Caller caller, UUID id) {
    requireStaff(caller);
    ServiceType type = id == null ? null : em.find(ServiceType.class, id);
    if (type == null) {
      throw new NotFound(WHAT);
    }
    return type;
  }

  private void requireUniqueName(String name, UUID self) {
    long clashes =
        em.createQuery(
                "SELECT COUNT(s) FROM ServiceType s WHERE s.archived = false"
                    + " AND LOWER(s.name) = LOWER(:name) AND s.id <> :self",
                Long.class)
            .setParameter("name", name)
            .setParameter("self", self)
            .getSingleResult();
    if (clashes > 0) {
      String message = "Another active service type is already called \"" + name + "\"";
      throw new InvalidInput(message, Map.of("name", message));
    }
  }

  private static void requireStaff(Caller caller) {
    if (!caller.isStaff()) {
      throw new NotFound(WHAT);
    }
  }
}
