package org.foyer.messages.entity;

import java.util.List;
import org.foyer.core.persistence.EntityCatalog;

/** The messaging entities, contributed to the one persistence unit. */
public class MessagesEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(
        Conversation.class,
        Message.class,
        ConversationRead.class,
        MessageNotice.class,
        MessageRetraction.class,
        MessageDraft.class,
        MessagingSettings.class,
        MessageAttachment.class,
        AttachmentFiling.class);
  }
}
