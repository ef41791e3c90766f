package org.foyer.messages.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.persistence.columns.OptionalUuidConverter;

/**
 * What one person has typed but not sent: a reply in a conversation, or a new conversation about a
 * client (no conversation yet). Kept on the server, sealed like a message, so leaving the page
 * loses nothing and nothing stays in a shared phone's browser; removed when the message is sent.
 */
@Entity
@Table(name = "message_draft")
public class MessageDraft extends TenantOwned {

  @Column(name = "owner_id", nullable = false, updatable = false)
  private UUID ownerId;

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Column(name = "conversation_id", updatable = false)
  @Convert(converter = OptionalUuidConverter.class)
  private UUID conversationId;

  @Column(name = "key_id", nullable = false)
  private UUID keyId;

  @Column(name = "subject_sealed")
  private byte[] subjectSealed;

  @Column(name = "body_sealed", nullable = false)
  private byte[] bodySealed;

  @Column(name = "saved_at", nullable = false)
  private Instant savedAt;

  protected MessageDraft() {}

  /**
   * @param conversationId the conversation replied in; null for a new conversation
   */
  public MessageDraft(UUID ownerId, UUID clientId, UUID conversationId) {
    this.ownerId = Objects.requireNonNull(ownerId, "owner");
    this.clientId = Objects.requireNonNull(clientId, "client");
    this.conversationId = conversationId;
  }

  /** Keeps newly sealed text (the subject null for a reply), replacing what was kept. */
  public void keep(UUID keyId, byte[] subjectSealed, byte[] bodySealed, Instant at) {
    this.keyId = Objects.requireNonNull(keyId, "key");
    this.subjectSealed = subjectSealed == null ? null : subjectSealed.clone();
    this.bodySealed = Objects.requireNonNull(bodySealed, "sealed body").clone();
    this.savedAt = Objects.requireNonNull(at, "when");
  }

  public UUID ownerId() {
    return ownerId;
  }

  public UUID clientId() {
    return clientId;
  }

  public UUID conversationId() {
    return conversationId;
  }

  public UUID keyId() {
    return keyId;
  }

  public byte[] subjectSealed() {
    return subjectSealed == null ? null : subjectSealed.clone();
  }

  public byte[] bodySealed() {
    return bodySealed.clone();
  }

  public Instant savedAt() {
    return savedAt;
  }
}
