package org.foyer.admin.preferences;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The staff preferences feature's entities, contributed to the one persistence unit. */
public class PreferenceEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(NotificationPreferences.class, ServiceOffer.class, WorkLocation.class);
  }
}
