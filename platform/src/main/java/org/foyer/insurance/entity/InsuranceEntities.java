package org.foyer.insurance.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The insurance feature's tables, for the persistence unit. */
public class InsuranceEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(InsurancePolicy.class);
  }
}
