package org.foyer.admin.staff.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The staff feature's entities, contributed to the one persistence unit. */
public class StaffEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(StaffMember.class, StaffInvitation.class, StaffSubscription.class);
  }
}
