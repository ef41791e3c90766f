package org.foyer.audit.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The audit feature's entities, contributed to the one persistence unit. */
public class AuditEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(AuditEvent.class);
  }
}
