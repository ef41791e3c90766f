package org.foyer.admin.portal.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The portal settings feature's entities, contributed to the one persistence unit. */
public class PortalSettingsEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(PracticeLogo.class, PortalSettings.class);
  }
}
