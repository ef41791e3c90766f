package org.foyer.messages.pages;

import jakarta.faces.context.FacesContext;
import java.util.Optional;
import java.util.UUID;
import org.foyer.clients.boundary.ClientId;
import org.foyer.core.errors.NotFound;
import org.foyer.core.id.TypedIds;
import org.foyer.messages.boundary.MessageRetractions;
import org.foyer.messages.boundary.Messaging;
import org.foyer.messages.conversations.ConversationId;

/**
 * The ids a conversation page's forms post in plain fields ({@code conversation-id}, {@code
 * message-id}, {@code client-id}). The pages' beans are request scoped: on a postback they must
 * know the conversation before Faces looks for the form that was sent, which sits inside the
 * conversation's part of the page.
 */
final class PostedConversation {

  private PostedConversation() {}

  static Optional<ConversationId> id() {
    String posted = param("conversation-id");
    if (posted == null || posted.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        TypedIds.parse(ConversationId.class, posted)
            .orElseThrow(() -> new NotFound(Messaging.CONVERSATION)));
  }

  /** The client a new conversation's form was sent for ({@code client-id}). */
  static Optional<ClientId> client() {
    String posted = param("client-id");
    if (posted == null || posted.isBlank()) {
      return Optional.empty();
    }
    return Optional.of(
        TypedIds.parse(ClientId.class, posted).orElseThrow(() -> new NotFound(Messaging.CLIENT)));
  }

  static UUID messageId() {
    try {
      return UUID.fromString(String.valueOf(param("message-id")));
    } catch (IllegalArgumentException e) {
      throw new NotFound(MessageRetractions.MESSAGE);
    }
  }

  private static String param(String name) {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get(name);
  }
}
