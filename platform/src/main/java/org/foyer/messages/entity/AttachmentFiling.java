package org.foyer.messages.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/**
 * That staff filed a copy of an attachment into the client's General Documents, and which document
 * it became. One per attachment (the table is unique on it), so filing again finds this instead of
 * making a second copy.
 */
@Entity
@Table(name = "message_attachment_filing")
public class AttachmentFiling extends TenantOwned {

  @Column(name = "attachment_id", nullable = false, updatable = false)
  private UUID attachmentId;

  @Column(name = "document_id", nullable = false, updatable = false)
  private UUID documentId;

  @Column(name = "filed_by", nullable = false, updatable = false, length = 200)
  private String filedBy;

  @Column(name = "filed_at", nullable = false, updatable = false)
  private Instant filedAt;

  protected AttachmentFiling() {}

  public AttachmentFiling(UUID attachmentId, UUID documentId, String filedBy, Instant filedAt) {
    this.attachmentId = Objects.requireNonNull(attachmentId, "attachment");
    this.documentId = Objects.requireNonNull(documentId, "document");
    this.filedBy = Objects.requireNonNull(filedBy, "who filed it");
    this.filedAt = Objects.requireNonNull(filedAt, "when");
  }

  public UUID attachmentId() {
    return attachmentId;
  }

  public UUID documentId() {
    return documentId;
  }

  public String filedBy() {
    return filedBy;
  }

  public Instant filedAt() {
    return filedAt;
  }
}
