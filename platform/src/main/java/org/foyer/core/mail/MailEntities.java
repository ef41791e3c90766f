package org.foyer.core.mail;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The mail outbox's entities, contributed to the one persistence unit. */
public class MailEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(OutboxMessage.class);
  }
}
