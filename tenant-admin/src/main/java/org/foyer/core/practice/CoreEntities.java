package org.foyer.core.practice;

import java.util.List;
import org.foyer.core.access.TotpEnrolment;
import org.foyer.core.persistence.EntityCatalog;
import org.foyer.core.persistence.columns.InstantConverter;
import org.foyer.core.persistence.columns.OptionalUuidConverter;
import org.foyer.core.persistence.columns.StringListConverter;

/**
 * The core's entities: the practice registry and the converter every feature's timestamps use,
 * contributed to the one persistence unit.
 */
public class CoreEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(
        InstantConverter.class,
        OptionalUuidConverter.class,
        StringListConverter.class,
        Practice.class,
        TotpEnrolment.class);
  }
}
