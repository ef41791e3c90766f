package org.foyer.messages.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.persistence.Transactional;
import org.foyer.messages.MessageView;
import org.foyer.messages.control.MessageSeal;
import org.foyer.messages.control.Retractions;
import org.foyer.messages.conversations.ConversationUpdate;
import org.foyer.messages.entity.Conversation;
import org.foyer.messages.entity.ConversationRead;
import org.foyer.messages.entity.Message;
import org.foyer.messages.entity.MessageRetraction;

/**
 * New messages and retractions of an open conversation, for a page that polls every few seconds. A
 * poll only reads, with one exception, decided here: when the page says it is being looked at
 * ({@code reading}) and the conversation holds messages the caller has not read, they are marked
 * read and the read is audited, exactly as opening the conversation is; polls with nothing new
 * change and record nothing. A hidden page's polls never mark anything read.
 */
@ApplicationScoped
public class ConversationChanges {

  /**
   * How far each answer reaches back before {@code since}: a message stamped before a poll but
   * committed after it is still delivered by the next one.
   */
  static final Duration OVERLAP = Duration.ofSeconds(30);

  /** Most messages one answer carries; a page that gets more reloads the conversation. */
  static final int LIMIT = 100;

  private EntityManager em;
  private Messaging messaging;
  private ConversationLists lists;
  private MessageSeal seal;
  private AuditLog audit;
  private Clock clock;

  protected ConversationChanges() {}

  @Inject
  public ConversationChanges(
      EntityManager em,
      Messaging messaging,
      ConversationLists lists,
      MessageSeal seal,
      AuditLog audit,
      Clock clock) {
    this.em = em;
    this.messaging = messaging;
    this.lists = lists;
    this.seal = seal;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * What changed since {@code since} (a previous answer's {@code until}; null for now).
   *
   * @throws org.foyer.core.errors.NotFound when the caller takes no part in the conversation
   */
  @Transactional
  public ConversationUpdate since(
      Caller caller, UUID conversationId, Instant since, boolean reading) {
    Conversation conversation = messaging.find(conversationId);
    Messaging.Access access = messaging.requireAccess(caller, conversation);
    Instant now = clock.instant();
    Instant from = (since == null || since.isAfter(now) ? now : since).minus(OVERLAP);
    List<Message> rows =
        em.createQuery(
                "SELECT m FROM Message m WHERE m.conversationId = :conversation"
                    + " AND m.sentAt > :from ORDER BY m.sentAt, m.id",
                Message.class)
            .setParameter("conversation", conversation.id())
            .setParameter("from", from)
            .setMaxResults(LIMIT + 1)
            .getResultList();
    boolean more = rows.size() > LIMIT;
    List<MessageView> messages =
        MessageViews.of(em, seal, more ? rows.subList(0, LIMIT) : rows, caller, now);
    List<MessageView> retracted = new ArrayList<>();
    for (MessageRetraction retraction : Retractions.since(em, conversation.id(), from)) {
      Message message = em.find(Message.class, retraction.messageId());
      retracted.add(MessageViews.of(message, null, retraction, caller, now));
    }
    if (reading && hasUnread(caller, conversation)) {
      messaging.markRead(caller.accountId(), conversation);
      audit.record(
          Messaging.attributed(caller, access, AuditAction.CONVERSATION_READ)
              .about(Messaging.subject(conversation) + " read as new messages arrived"));
    }
    long unread = lists.countUnread(caller, caller.isStaff() ? null : conversation.clientId());
    return new ConversationUpdate(messages, retracted, now, more, unread);
  }

  private boolean hasUnread(Caller caller, Conversation conversation) {
    if (caller.accountId() == null) {
      return false;
    }
    return em.createQuery(
            "SELECT r FROM ConversationRead r WHERE r.conversationId = :conversation"
                + " AND r.readerId = :reader AND r.readAt >= :last",
            ConversationRead.class)
        .setParameter("conversation", conversation.id())
        .setParameter("reader", caller.accountId())
        .setParameter("last", conversation.lastMessageAt())
        .getResultList()
        .isEmpty();
  }
}
