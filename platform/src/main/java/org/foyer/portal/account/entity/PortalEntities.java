package org.foyer.portal.account.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The portal's login and contact-network entities. */
public class PortalEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(
        PortalAccount.class, ClientAccess.class, Contact.class, PermissionsConverter.class);
  }
}
