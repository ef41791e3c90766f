package org.foyer.messages.control;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.foyer.messages.entity.MessageRetraction;

/** Look-ups of retraction marks; the caller's access to the conversation is checked before. */
public final class Retractions {

  private Retractions() {}

  public static Optional<MessageRetraction> find(EntityManager em, UUID messageId) {
    return em.createQuery(
            "SELECT r FROM MessageRetraction r WHERE r.messageId = :message",
            MessageRetraction.class)
        .setParameter("message", messageId)
        .getResultStream()
        .findFirst();
  }

  /** The marks of those of the messages that were retracted, by message id. */
  public static Map<UUID, MessageRetraction> ofMessages(
      EntityManager em, Collection<UUID> messageIds) {
    if (messageIds.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "SELECT r FROM MessageRetraction r WHERE r.messageId IN :messages",
            MessageRetraction.class)
        .setParameter("messages", List.copyOf(messageIds))
        .getResultStream()
        .collect(Collectors.toMap(MessageRetraction::messageId, Function.identity()));
  }

  /** The conversation's retractions made after {@code since}, oldest first. */
  public static List<MessageRetraction> since(
      EntityManager em, UUID conversationId, Instant since) {
    return em.createQuery(
            "SELECT r FROM MessageRetraction r WHERE r.conversationId = :conversation"
                + " AND r.retractedAt > :since ORDER BY r.retractedAt, r.id",
            MessageRetraction.class)
        .setParameter("conversation", conversationId)
        .setParameter("since", since)
        .getResultList();
  }
}
