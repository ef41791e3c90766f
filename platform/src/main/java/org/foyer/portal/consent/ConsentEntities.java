package org.foyer.portal.consent;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The consent acceptance entity. */
public class ConsentEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(ConsentAcceptance.class);
  }
}
