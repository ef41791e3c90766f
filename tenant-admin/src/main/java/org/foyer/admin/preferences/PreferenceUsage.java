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
    return em.createQuery(
                "SELECT COUNT(o) FROM ServiceOffer o WHERE o.serviceTypeId = :id", Long.class)
            .setParameter("id", serviceTypeId)
            .getSingleResult()
        > 0;
  }

  @Override
  public boolean usesLocation(UUID locationId) {
    return em.createQuery(
                "SELECT COUNT(w) FROM WorkLocation w WHERE w.locationId = :id", Long.class)
            .setParameter("id", locationId)
            .getSingleResult()
        > 0;
  }
}
