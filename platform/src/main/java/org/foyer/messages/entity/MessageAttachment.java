package org.foyer.messages.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/**
 * A file sent with a message: its checked name and type, size and SHA-256, and its bytes sealed
 * with the practice's data key. Written once with its message and never changed; lists read its
 * description by projection, so a page of messages never loads the sealed bytes.
 */
@Entity
@Table(name = "message_attachment")
public class MessageAttachment extends TenantOwned {

  /** The most files one message carries: enough for a few pages of a letter or several photos. */
  public static final int MAX_PER_MESSAGE = 5;

  public static final int FILE_NAME_LENGTH = 120;

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private UUID conversationId;

  @Column(name = "message_id", nullable = false, updatable = false)
  private UUID messageId;

  @Column(name = "file_name", nullable = false, updatable = false, length = FILE_NAME_LENGTH)
  private String fileName;

  @Column(name = "content_type", nullable = false, updatable = false, length = 40)
  private String contentType;

  @Column(name = "size_bytes", nullable = false, updatable = false)
  private long sizeBytes;

  @Column(name = "sha256", nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "key_id", nullable = false, updatable = false)
  private UUID keyId;

  @Column(name = "sealed", nullable = false, updatable = false)
  private byte[] sealed;

  @Column(name = "added_at", nullable = false, updatable = false)
  private Instant addedAt;

  protected MessageAttachment() {}

  /** A checked file about to be sealed (the sealing binds this attachment's id). */
  public MessageAttachment(
      UUID conversationId,
      UUID messageId,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      Instant addedAt) {
    this.conversationId = Objects.requireNonNull(conversationId, "conversation");
    this.messageId = Objects.requireNonNull(messageId, "message");
    if (fileName == null || fileName.isBlank() || fileName.length() > FILE_NAME_LENGTH) {
      throw new IllegalArgumentException("An attachment's name is 1 to 120 characters");
    }
    if (sizeBytes <= 0) {
      throw new IllegalArgumentException("An attachment has content");
    }
    this.fileName = fileName;
    this.contentType = Objects.requireNonNull(contentType, "type");
    this.sizeBytes = sizeBytes;
    this.sha256 = Objects.requireNonNull(sha256, "SHA-256");
    this.addedAt = Objects.requireNonNull(addedAt, "when");
  }

  /** The content as sealed with the practice's data key {@code keyId}; set once, before storing. */
  public void seal(UUID keyId, byte[] sealed) {
    if (this.sealed != null) {
      throw new IllegalStateException("An attachment is sealed once");
    }
    this.keyId = Objects.requireNonNull(keyId, "key");
    this.sealed = Objects.requireNonNull(sealed, "sealed content").clone();
  }

  public UUID conversationId() {
    return conversationId;
  }

  public UUID messageId() {
    return messageId;
  }

  public String fileName() {
    return fileName;
  }

  public String contentType() {
    return contentType;
  }

  public long sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public UUID keyId() {
    return keyId;
  }

  public byte[] sealed() {
    return sealed.clone();
  }

  public Instant addedAt() {
    return addedAt;
  }
}
