package org.foyer.clients.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The client record's entities. */
public class ClientEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(Client.class);
  }
}
