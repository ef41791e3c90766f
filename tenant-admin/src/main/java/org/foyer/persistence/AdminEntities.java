package org.foyer.persistence;

import java.util.List;
import org.foyer.admin.staff.StaffMember;
import org.foyer.tenancy.Practice;

/** The entities of the tenant-admin module. */
public class AdminEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(InstantConverter.class, Practice.class, StaffMember.class);
  }
}
