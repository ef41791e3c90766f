package org.foyer.admin.roles.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The roles feature's entities, contributed to the one persistence unit. */
public class RoleEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(
        CapabilitiesConverter.class,
        CustomRole.class,
        RoleAssignment.class,
        DefaultPermissions.class);
  }
}
