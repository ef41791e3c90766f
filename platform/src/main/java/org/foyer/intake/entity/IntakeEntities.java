package org.foyer.intake.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;
import org.foyer.intake.signing.entity.SignatureMark;

/** The intake workflow's entities (and the definition a sent form embeds). */
public class IntakeEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(
        IntakeAssignment.class, AssignedForm.class, SentDefinition.class, SignatureMark.class);
  }
}
