package org.foyer.messages.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.validation.Inputs;
import org.foyer.messages.MessageDraftText;
import org.foyer.messages.control.DraftSeal;
import org.foyer.messages.control.Drafts;
import org.foyer.messages.entity.Conversation;
import org.foyer.messages.entity.MessageDraft;

/**
 * Drafts kept on the server, one per person and reply box (a conversation) or new-conversation box
 * (a client), sealed like messages; sending the message removes its draft ({@link Messaging}).
 * Never in the browser's storage: portal phones are shared. Whoever may write in the conversation
 * (or about the client) may keep a draft there; anyone else meets {@link NotFound}. A person's own
 * unsent words are not a read of the record, so saving and restoring drafts is not audited; the
 * message, once sent, is.
 */
@ApplicationScoped
public class MessageDrafts {

  /** A draft as restored into a box; {@code subject} null for a reply's. */
  public record Draft(String subject, String body) {}

  private EntityManager em;
  private Messaging messaging;
  private DraftSeal seal;
  private Inputs inputs;
  private Clock clock;

  protected MessageDrafts() {}

  @Inject
  public MessageDrafts(
      EntityManager em, Messaging messaging, DraftSeal seal, Inputs inputs, Clock clock) {
    this.em = em;
    this.messaging = messaging;
    this.seal = seal;
    this.inputs = inputs;
    this.clock = clock;
  }

  /** The caller's unsent reply in the conversation. */
  @Transactional(readOnly = true)
  public Optional<Draft> findReply(Caller caller, UUID conversationId) {
    Conversation conversation = messaging.find(conversationId);
    messaging.requireAccess(caller, conversation);
    return Drafts.find(em, caller.accountId(), conversation.clientId(), conversation.id())
        .map(draft -> new Draft(null, seal.body(draft)));
  }

  /** The caller's unsent new conversation about the client. */
  @Transactional(readOnly = true)
  public Optional<Draft> findNew(Caller caller, UUID clientId) {
    messaging.requireAccess(caller, clientId);
    return Drafts.find(em, caller.accountId(), clientId, null)
        .map(draft -> new Draft(seal.subject(draft), seal.body(draft)));
  }

  /** Keeps the caller's reply as typed so far; an empty one removes the draft. */
  @Transactional
  public void saveReply(Caller caller, UUID conversationId, MessageDraftText text) {
    Conversation conversation = messaging.find(conversationId);
    messaging.requireAccess(caller, conversation);
    keep(caller, conversation.clientId(), conversation.id(), null, text);
  }

  /** Keeps the caller's new conversation about the client as typed so far. */
  @Transactional
  public void saveNew(Caller caller, UUID clientId, MessageDraftText text) {
    messaging.requireAccess(caller, clientId);
    keep(caller, clientId, null, text.subject() == null ? "" : text.subject(), text);
  }

  private void keep(
      Caller caller, UUID clientId, UUID conversationId, String subject, MessageDraftText text) {
    inputs.check(text, "The draft needs attention", Map.of());
    if (caller.accountId() == null) {
      throw new NotFound(Messaging.CONVERSATION);
    }
    Optional<MessageDraft> kept = Drafts.find(em, caller.accountId(), clientId, conversationId);
    if (text.isEmpty()) {
      kept.ifPresent(em::remove);
      return;
    }
    MessageDraft draft =
        kept.orElseGet(() -> new MessageDraft(caller.accountId(), clientId, conversationId));
    seal.keep(draft, subject, text.body() == null ? "" : text.body(), clock.instant());
    if (kept.isEmpty()) {
      em.persist(draft);
    }
  }
}
