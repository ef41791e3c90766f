package org.foyer.security.reset;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The password reset entity. */
public class ResetEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(PasswordReset.class);
  }
}
