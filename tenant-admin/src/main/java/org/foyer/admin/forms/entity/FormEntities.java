package org.foyer.admin.forms.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The practice forms feature's entities, contributed to the one persistence unit. */
public class FormEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(PracticeForm.class, PracticeFormVersion.class);
  }
}
