package org.foyer.contacts.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The contacts feature's own entity: the review of a client's contacts at 18. */
public class ContactsEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(ContactsReview.class);
  }
}
