package org.foyer.intake.entity;

import java.util.List;
import org.foyer.persistence.EntityCatalog;

/** The intake workflow's entities. */
public class IntakeEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(IntakeAssignment.class, AssignedForm.class, SignatureMark.class);
  }
}
