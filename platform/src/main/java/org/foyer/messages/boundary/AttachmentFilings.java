package org.foyer.messages.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.boundary.DocumentSummary;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.messages.attachments.AttachmentFiled;
import org.foyer.messages.entity.AttachmentFiling;
import org.foyer.messages.entity.Conversation;
import org.foyer.messages.entity.MessageAttachment;

/**
 * Staff filing a copy of a message's attachment into the client's General Documents, through the
 * documents feature's service (its checks, sealing and audit), once per attachment.
 */
@ApplicationScoped
public class AttachmentFilings {

  private EntityManager em;
  private Messaging messaging;
  private MessageAttachments attachments;
  private GeneralDocuments documents;
  private AuditLog audit;
  private Clock clock;

  protected AttachmentFilings() {}

  @Inject
  public AttachmentFilings(
      EntityManager em,
      Messaging messaging,
      MessageAttachments attachments,
      GeneralDocuments documents,
      AuditLog audit,
      Clock clock) {
    this.em = em;
    this.messaging = messaging;
    this.attachments = attachments;
    this.documents = documents;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Files a copy of the attachment into the client's General Documents, kept from guardians when
   * the conversation is. Staff only, with "Can upload client general documents"; filing again
   * answers with the earlier filing and makes no second copy.
   *
   * @throws NotFound for a portal caller, or staff who take no part in the conversation
   */
  @Transactional
  public AttachmentFiled file(Caller caller, UUID conversationId, UUID attachmentId) {
    if (!caller.isStaff()) {
      throw new NotFound(MessageAttachments.ATTACHMENT);
    }
    Conversation conversation = messaging.find(conversationId);
    messaging.requireAccess(caller, conversation);
    MessageAttachment attachment = attachments.find(conversation, attachmentId);
    caller.require(Capability.UPLOAD_GENERAL_DOCUMENTS, MessageAttachments.ATTACHMENT);
    AttachmentFiling earlier = attachments.filingOf(attachment.id());
    if (earlier != null) {
      return new AttachmentFiled(
          attachment.id(), earlier.documentId(), attachment.fileName(), true);
    }
    DocumentSummary filed =
        documents.fileGenerated(
            conversation.clientId(),
            DocumentKind.UPLOADED,
            null,
            attachment.fileName(),
            attachment.contentType(),
            attachments.verified(attachment),
            caller.email(),
            conversation.confidentialFromGuardians());
    em.persist(new AttachmentFiling(attachment.id(), filed.id(), caller.email(), clock.instant()));
    em.flush();
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.MESSAGE_ATTACHMENT_FILED)
            .about(
                MessageAttachments.about(conversation, attachment)
                    + " filed as document "
                    + filed.id()));
    return new AttachmentFiled(attachment.id(), filed.id(), attachment.fileName(), false);
  }
}
