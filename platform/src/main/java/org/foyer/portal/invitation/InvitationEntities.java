package org.foyer.portal.invitation;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The client invitation entity. */
public class InvitationEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(ClientInvitation.class);
  }
}
