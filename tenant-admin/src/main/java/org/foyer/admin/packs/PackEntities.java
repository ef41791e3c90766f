package org.foyer.admin.packs;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The installed template packs' entity, contributed to the one persistence unit. */
public class PackEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(InstalledPack.class);
  }
}
