package org.foyer.admin.preferences;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;
import org.foyer.admin.services.control.CatalogUsage;

/** A service type someone offers, or a location someone works at, is in use: it is archived. */
@ApplicationScoped
public class PreferenceUsage implements CatalogUsage {

  private EntityManager em;

  protected PreferenceUsage() {}

  @Inject
  public PreferenceUsage(EntityManager em) {
    this.em = em;
  }

  @Override
  public boolean usesServiceType(UUID serviceTypeId) {
    return anyOf("SELECT COUNT(o) FROM ServiceOffer o WHERE o.serviceTypeId = :id", serviceTypeId);
  }

  @Override
  public boolean usesLocation(UUID locationId) {
    return anyOf("SELECT COUNT(w) FROM WorkLocation w WHERE w.locationId = :id", locationId);
  }

  private boolean anyOf(String countQuery, UUID id) {
    return em.createQuery(countQuery, Long.class).setParameter("id", id).getSingleResult() > 0;
  }
}
