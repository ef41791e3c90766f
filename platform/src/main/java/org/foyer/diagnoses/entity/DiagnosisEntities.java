package org.foyer.diagnoses.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The diagnoses feature's entities, contributed to the one persistence unit. */
public class DiagnosisEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(ClientDiagnosis.class);
  }
}
