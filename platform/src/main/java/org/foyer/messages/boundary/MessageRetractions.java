package org.foyer.messages.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.messages.MessageView;
import org.foyer.messages.control.Retractions;
import org.foyer.messages.entity.Conversation;
import org.foyer.messages.entity.Message;
import org.foyer.messages.entity.MessageRetraction;

/**
 * A sender taking back their own message within {@link MessageRetraction#WINDOW} of sending it. The
 * message row is never changed; everyone then sees who retracted it and when, instead of its body.
 * The audit entry names the message, so a compliance reader finds the sealed original in the
 * message record; the body itself is never copied into the audit log.
 */
@ApplicationScoped
public class MessageRetractions {

  public static final String MESSAGE = "That message";

  private EntityManager em;
  private Messaging messaging;
  private AuditLog audit;
  private Clock clock;

  protected MessageRetractions() {}

  @Inject
  public MessageRetractions(EntityManager em, Messaging messaging, AuditLog audit, Clock clock) {
    this.em = em;
    this.messaging = messaging;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Retracts the caller's message.
   *
   * @throws NotFound when the caller takes no part in the conversation, or the message is not in it
   * @throws org.foyer.core.errors.Refused when someone else sent the message
   * @throws Conflict when it was retracted already, or the window has passed
   */
  @Transactional
  public MessageView retract(Caller caller, UUID conversationId, UUID messageId) {
    Conversation conversation = messaging.find(conversationId);
    Messaging.Access access = messaging.requireAccess(caller, conversation);
    Message message = messageId == null ? null : em.find(Message.class, messageId);
    if (message == null || !message.conversationId().equals(conversation.id())) {
      throw new NotFound(MESSAGE);
    }
    if (Retractions.find(em, message.id()).isPresent()) {
      throw new Conflict("This message was retracted already");
    }
    Instant now = clock.instant();
    MessageRetraction retraction = MessageRetraction.of(message, caller.accountId(), now);
    em.persist(retraction);
    try {
      em.flush();
    } catch (PersistenceException e) {
      // The same sender retracting twice at once: the table's unique key decides.
      throw new Conflict("This message was retracted already");
    }
    audit.record(
        Messaging.attributed(caller, access, AuditAction.MESSAGE_RETRACTED)
            .about(
                Messaging.subject(conversation)
                    + " message "
                    + message.id()
                    + " retracted; the original stays sealed in the message record"));
    return MessageViews.of(message, null, retraction, caller, now);
  }
}
