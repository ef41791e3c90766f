package org.foyer.admin.services.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.services.CatalogChanged;
import org.foyer.admin.services.ServiceTypeChoice;
import org.foyer.admin.services.control.CatalogUsage;
import org.foyer.admin.services.control.Catalogue;
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
public class ServiceTypes extends CatalogService<ServiceType, ServiceType.Details> {

  private EntityManager em;

  protected ServiceTypes() {}

  /** CDI asks every feature's {@link CatalogUsage}; an {@link Instance} iterates over them all. */
  @Inject
  public ServiceTypes(
      EntityManager em, Instance<CatalogUsage> usages, Event<CatalogChanged> changed) {
    this(em, (Iterable<CatalogUsage>) usages, changed);
  }

  public ServiceTypes(
      EntityManager em, Iterable<CatalogUsage> usages, Event<CatalogChanged> changed) {
    super(
        new Catalogue<>(
            em, usages, changed, ServiceType.class, "service type", CatalogUsage::usesServiceType),
        ServiceType::new,
        ServiceType::revise);
    this.em = em;
  }

  /**
   * A service type, archived or not, with its rate: for billing an appointment that already took
   * place, whose service may since have been archived. Only for features that checked their caller.
   */
  @Transactional(readOnly = true)
  public Optional<ServiceTypeView> findRated(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(ServiceType.class, id))
        .map(ServiceTypeView::of);
  }

  /** The active service types by name, for any staff member to choose from. */
  @Transactional(readOnly = true)
  public List<ServiceTypeChoice> listChoices(Caller caller) {
    return list(caller, false).stream().map(ServiceTypes::choice).toList();
  }

  /**
   * The active service types, for a feature that has already checked its caller (a portal login
   * booking for a client it may act for): the same list staff choose from.
   */
  @Transactional(readOnly = true)
  public List<ServiceTypeChoice> listChoicesForClients() {
    return listActive().stream().map(ServiceTypes::choice).toList();
  }

  private static ServiceTypeChoice choice(ServiceType type) {
    return new ServiceTypeChoice(type.id(), type.name(), type.durationMinutes());
  }
}
