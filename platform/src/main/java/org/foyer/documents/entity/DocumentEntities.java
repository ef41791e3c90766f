package org.foyer.documents.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The General Documents entities, contributed to the one persistence unit. */
public class DocumentEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(PracticeDataKey.class, GeneralDocument.class, DocumentContent.class);
  }
}
