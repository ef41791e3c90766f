package org.foyer.messages.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.text.ControlText;
import org.foyer.documents.control.DocumentFiles;
import org.foyer.documents.control.DocumentUnreadable;
import org.foyer.messages.MessageLimits;
import org.foyer.messages.MessageView;
import org.foyer.messages.NewConversation;
import org.foyer.messages.NewMessage;
import org.foyer.messages.attachments.AttachmentDownload;
import org.foyer.messages.attachments.AttachmentView;
import org.foyer.messages.attachments.MessageFile;
import org.foyer.messages.control.AttachmentChecks;
import org.foyer.messages.control.AttachmentVault;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.conversations.ConversationView;
import org.foyer.messages.entity.AttachmentFiling;
import org.foyer.messages.entity.Conversation;
import org.foyer.messages.entity.Message;
import org.foyer.messages.entity.MessageAttachment;

/**
 * Files sent with messages, both ways: checked by content like General Documents (PDF, PNG or JPEG,
 * up to 20 MiB, at most {@link MessageAttachment#MAX_PER_MESSAGE} a message), sealed with the
 * practice's data key, and downloaded (staff file copies through {@link AttachmentFilings}). Access
 * is exactly the conversation's ({@link Messaging} decides it); an attachment of another
 * conversation is as missing as one that never was. Every upload, download and filing is audited
 * about the client.
 *
 * <p>A message needs text or at least one file: a photo of a form or a signed letter often says all
 * there is to say, and asking for filler text would only teach people to type "see attached".
 */
@ApplicationScoped
public class MessageAttachments {

  static final String ATTACHMENT = "That file";

  /** The field refusals of the files are reported for. */
  public static final String FILE = AttachmentChecks.FIELD;

  private EntityManager em;
  private Messaging messaging;
  private AttachmentVault vault;
  private AuditLog audit;
  private Clock clock;

  protected MessageAttachments() {}

  @Inject
  public MessageAttachments(
      EntityManager em, Messaging messaging, AttachmentVault vault, AuditLog audit, Clock clock) {
    this.em = em;
    this.messaging = messaging;
    this.vault = vault;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Replies in the conversation with text, files, or both. Every file is checked before anything is
   * stored, so a refused file leaves the conversation as it was.
   *
   * @throws NotFound when the caller takes no part in the conversation
   * @throws InvalidInput naming the file and what is wrong with it, or the missing text
   */
  @Transactional
  public MessageView reply(
      Caller caller, UUID conversationId, String body, List<MessageFile> files) {
    List<MessageFile> chosen = chosen(files);
    if (chosen.isEmpty()) {
      return messaging.reply(caller, conversationId, new NewMessage(body));
    }
    Conversation conversation = messaging.find(conversationId);
    Messaging.Access access = messaging.requireAccess(caller, conversation);
    List<AttachmentChecks.Checked> checked = check(chosen);
    String text = body == null ? "" : body;
    if (text.length() > MessageLimits.BODY_LENGTH) {
      throw new InvalidInput(
          "The message needs attention",
          Map.of("body", "Use at most " + MessageLimits.BODY_LENGTH + " characters"));
    }
    if (ControlText.refused(text)) {
      throw new InvalidInput(
          "The message needs attention",
          Map.of("body", "Remove the control characters from the message"));
    }
    Message message = messaging.send(caller, access, conversation, text);
    List<AttachmentView> views = attach(caller, access, conversation, message, checked);
    return MessageViews.of(message, text, null, caller, clock.instant()).withAttachments(views);
  }

  private List<AttachmentView> attach(
      Caller caller,
      Messaging.Access access,
      Conversation conversation,
      Message message,
      List<AttachmentChecks.Checked> checked) {
    // No mapped relation orders the inserts: the attachments' foreign key needs the message first.
    em.flush();
    List<AttachmentView> views = new ArrayList<>();
    for (AttachmentChecks.Checked file : checked) {
      MessageAttachment attachment = store(conversation, message, file);
      audit.record(
          Messaging.attributed(caller, access, AuditAction.MESSAGE_ATTACHMENT_ADDED)
              .about(about(conversation, attachment) + " added"));
      views.add(viewOf(attachment, false));
    }
    return views;
  }

  /** Checks every file before anything is stored, each refusal naming its file. */
  private static List<AttachmentChecks.Checked> check(List<MessageFile> files) {
    AttachmentChecks.requireAtMost(files.size());
    return files.stream().map(f -> AttachmentChecks.check(f.fileName(), f.content())).toList();
  }

  private static List<MessageFile> chosen(List<MessageFile> files) {
    return files == null ? List.of() : files.stream().filter(f -> !f.nothingChosen()).toList();
  }

  /**
   * Starts a conversation as {@link Messaging#start} does (a subject and text are needed), with
   * files on its first message. Every file is checked before anything is stored.
   */
  @Transactional
  public ConversationSummary start(
      Caller caller, UUID clientId, NewConversation input, List<MessageFile> files) {
    List<MessageFile> chosen = chosen(files);
    if (chosen.isEmpty()) {
      return messaging.start(caller, clientId, input);
    }
    messaging.requireAccess(caller, clientId);
    List<AttachmentChecks.Checked> checked = check(chosen);
    ConversationSummary started = messaging.start(caller, clientId, input);
    em.flush();
    Conversation conversation = messaging.find(started.id());
    Messaging.Access access = messaging.requireAccess(caller, conversation);
    Message first =
        em.createQuery("SELECT m FROM Message m WHERE m.conversationId = :c", Message.class)
            .setParameter("c", conversation.id())
            .getSingleResult();
    attach(caller, access, conversation, first, checked);
    return started;
  }

  /** Opens the conversation as {@link Messaging#open} does, with each message's files listed. */
  @Transactional
  public ConversationView open(Caller caller, UUID conversationId, String cursor, Integer limit) {
    ConversationView view = messaging.open(caller, conversationId, cursor, limit);
    Map<UUID, List<AttachmentView>> byMessage = listed(view);
    if (byMessage.isEmpty()) {
      return view;
    }
    List<MessageView> messages =
        view.messages().stream()
            .map(m -> m.withAttachments(byMessage.getOrDefault(m.id(), List.of())))
            .toList();
    return new ConversationView(view.conversation(), messages, view.earlier());
  }

  /**
   * One attachment's content, decrypted and checked against its SHA-256; the download is audited
   * about the client (for a portal caller, on the client's behalf).
   *
   * @throws NotFound when the caller takes no part in the conversation or the file is not one of it
   */
  @Transactional
  public AttachmentDownload download(Caller caller, UUID conversationId, UUID attachmentId) {
    Conversation conversation = messaging.find(conversationId);
    Messaging.Access access = messaging.requireAccess(caller, conversation);
    MessageAttachment attachment = find(conversation, attachmentId);
    byte[] content = verified(attachment);
    audit.record(
        Messaging.attributed(caller, access, AuditAction.MESSAGE_ATTACHMENT_DOWNLOADED)
            .about(about(conversation, attachment) + " downloaded"));
    return new AttachmentDownload(viewOf(attachment, false), content);
  }

  private MessageAttachment store(
      Conversation conversation, Message message, AttachmentChecks.Checked file) {
    MessageAttachment attachment =
        new MessageAttachment(
            conversation.id(),
            message.id(),
            file.fileName(),
            file.contentType(),
            file.content().length,
            file.sha256(),
            clock.instant());
    vault.seal(attachment, file.content());
    em.persist(attachment);
    return attachment;
  }

  /** The conversation's attachment; one of another conversation is as missing as none. */
  MessageAttachment find(Conversation conversation, UUID attachmentId) {
    MessageAttachment attachment =
        attachmentId == null ? null : em.find(MessageAttachment.class, attachmentId);
    if (attachment == null || !attachment.conversationId().equals(conversation.id())) {
      throw new NotFound(ATTACHMENT);
    }
    return attachment;
  }

  /** The attachment's plaintext, checked against its recorded SHA-256. */
  byte[] verified(MessageAttachment attachment) {
    byte[] content = vault.open(attachment);
    if (!DocumentFiles.sha256(content).equals(attachment.sha256())) {
      throw new DocumentUnreadable(attachment.id(), "its content does not match its SHA-256");
    }
    return content;
  }

  AttachmentFiling filingOf(UUID attachmentId) {
    return em.createQuery(
            "SELECT f FROM AttachmentFiling f WHERE f.attachmentId = :attachment",
            AttachmentFiling.class)
        .setParameter("attachment", attachmentId)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  /**
   * The files of the page's messages by message, read without their sealed bytes. The page was
   * opened by the same caller through {@link Messaging#open}, which decided access.
   */
  private Map<UUID, List<AttachmentView>> listed(ConversationView view) {
    List<UUID> messageIds = view.messages().stream().map(MessageView::id).toList();
    if (messageIds.isEmpty()) {
      return Map.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "SELECT a.id, a.messageId, a.fileName, a.contentType, a.sizeBytes"
                    + " FROM MessageAttachment a WHERE a.conversationId = :conversation"
                    + " AND a.messageId IN :messages ORDER BY a.addedAt, a.id",
                Object[].class)
            .setParameter("conversation", view.conversation().id())
            .setParameter("messages", messageIds)
            .getResultList();
    if (rows.isEmpty()) {
      return Map.of();
    }
    Set<UUID> filed =
        new HashSet<>(
            em.createQuery(
                    "SELECT f.attachmentId FROM AttachmentFiling f WHERE f.attachmentId IN :ids",
                    UUID.class)
                .setParameter("ids", rows.stream().map(r -> (UUID) r[0]).toList())
                .getResultList());
    Map<UUID, List<AttachmentView>> byMessage = new HashMap<>();
    for (Object[] row : rows) {
      UUID id = (UUID) row[0];
      byMessage
          .computeIfAbsent((UUID) row[1], m -> new ArrayList<>())
          .add(
              new AttachmentView(
                  id, (String) row[2], (String) row[3], (Long) row[4], filed.contains(id)));
    }
    return byMessage;
  }

  private static AttachmentView viewOf(MessageAttachment attachment, boolean filed) {
    return new AttachmentView(
        attachment.id(),
        attachment.fileName(),
        attachment.contentType(),
        attachment.sizeBytes(),
        filed);
  }

  static String about(Conversation conversation, MessageAttachment attachment) {
    return Messaging.subject(conversation)
        + " message "
        + attachment.messageId()
        + " attachment "
        + attachment.id();
  }
}
