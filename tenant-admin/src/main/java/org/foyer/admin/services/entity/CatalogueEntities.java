package org.foyer.admin.services.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The service catalogue's entities, contributed to the one persistence unit. */
public class CatalogueEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(ServiceType.class, Location.class);
  }
}
