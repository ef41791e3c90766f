package org.foyer.messages.control;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Optional;
import java.util.UUID;
import org.foyer.messages.entity.MessageDraft;

/**
 * Look-ups of one person's draft: a reply in a conversation, or a new conversation about a client
 * ({@code conversationId} null). The caller's access is checked before.
 */
public final class Drafts {

  private Drafts() {}

  public static Optional<MessageDraft> find(
      EntityManager em, UUID ownerId, UUID clientId, UUID conversationId) {
    if (ownerId == null) {
      return Optional.empty();
    }
    TypedQuery<MessageDraft> query =
        em.createQuery(
            "SELECT d FROM MessageDraft d WHERE d.ownerId = :owner AND d.clientId = :client AND "
                + (conversationId == null
                    ? "d.conversationId IS NULL"
                    : "d.conversationId = :conversation"),
            MessageDraft.class);
    query.setParameter("owner", ownerId).setParameter("client", clientId);
    if (conversationId != null) {
      query.setParameter("conversation", conversationId);
    }
    return query.getResultStream().findFirst();
  }

  /** Removes the draft, if any: its message was sent, or the person emptied the box. */
  public static void discard(EntityManager em, UUID ownerId, UUID clientId, UUID conversationId) {
    find(em, ownerId, clientId, conversationId).ifPresent(em::remove);
  }
}
