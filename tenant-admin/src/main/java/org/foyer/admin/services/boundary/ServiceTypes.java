package org.foyer.admin.services.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.services.CatalogChanged;
import org.foyer.admin.services.ServiceTypeChoice;
import org.foyer.admin.services.control.CatalogUsage;
import org.foyer.admin.services.control.Catalogue;
import org.foyer.admin.services.entity.Removal;
import org.foyer.admin.services.entity.ServiceType;
import org.foyer.core.access.Caller;
import org.foyer.core.persistence.Transactional;

/**
 * The practice's service types. Every staff member may read the active ones (to pick what they
 * offer); only holders of "Manage service types and locations" change them or see archived ones.
 * The rules it shares with locations live in {@link Catalogue}; a service type's own (duration,
 * rate, billing code) in {@link ServiceType.Details}.
 */
@ApplicationScoped
public class ServiceTypes {

  static final String NOUN = "service type";
  static final String WHAT = Catalogue.what(NOUN);

  private Catalogue<ServiceType> catalogue;

  protected ServiceTypes() {}

  /** CDI asks every feature's {@link CatalogUsage}; an {@link Instance} iterates over them all. */
  @Inject
  public ServiceTypes(
      EntityManager em, Instance<CatalogUsage> usages, Event<CatalogChanged> changed) {
    this(em, (Iterable<CatalogUsage>) usages, changed);
  }

  public ServiceTypes(
      EntityManager em, Iterable<CatalogUsage> usages, Event<CatalogChanged> changed) {
    this.catalogue =
        new Catalogue<>(
            em, usages, changed, ServiceType.class, NOUN, CatalogUsage::usesServiceType);
  }

  /** Active service types by name; with {@code includeArchived}, for managers only. */
  @Transactional(readOnly = true)
  public List<ServiceType> listServiceTypes(Caller caller, boolean includeArchived) {
    return catalogue.list(caller, includeArchived);
  }

  /** The active service types by name, for any staff member to choose from. */
  @Transactional(readOnly = true)
  public List<ServiceTypeChoice> listChoices(Caller caller) {
    return listServiceTypes(caller, false).stream().map(ServiceTypes::choice).toList();
  }

  /**
   * The active service types, for a feature that has already checked its caller (a portal login
   * booking for a client it may act for): the same list staff choose from.
   */
  @Transactional(readOnly = true)
  public List<ServiceTypeChoice> listChoicesForClients() {
    return catalogue.listActive().stream().map(ServiceTypes::choice).toList();
  }

  /** An active service type any staff member may choose; archived or unknown ones are not found. */
  @Transactional(readOnly = true)
  public ServiceType getActiveServiceType(Caller caller, UUID id) {
    return catalogue.getActive(caller, id);
  }

  @Transactional
  public ServiceType addServiceType(Caller caller, ServiceType.Details details) {
    return catalogue.add(caller, () -> new ServiceType(details));
  }

  @Transactional
  public ServiceType reviseServiceType(Caller caller, UUID id, ServiceType.Details details) {
    return catalogue.revise(caller, id, type -> type.revise(details));
  }

  @Transactional
  public ServiceType archiveServiceType(Caller caller, UUID id) {
    return catalogue.archive(caller, id);
  }

  @Transactional
  public ServiceType restoreServiceType(Caller caller, UUID id) {
    return catalogue.restore(caller, id);
  }

  /** Deletes a service type nothing refers to; one in use is archived instead. */
  @Transactional
  public Removal removeServiceType(Caller caller, UUID id) {
    return catalogue.remove(caller, id);
  }

  private static ServiceTypeChoice choice(ServiceType type) {
    return new ServiceTypeChoice(type.id(), type.name(), type.durationMinutes());
  }
}
