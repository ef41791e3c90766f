package org.foyer.messages.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.persistence.columns.OptionalUuidConverter;

/**
 * One message, immutable once sent: who sent it (and, for a contact, on whose behalf), when, and
 * its body sealed with the practice's data key. Every column is written once; the database grants
 * no update either.
 */
@Entity
@Table(name = "message")
public class Message extends TenantOwned {

  /** Long messages are allowed; this keeps one from filling the database. */
  public static final int NAME_LENGTH = 200;

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private UUID conversationId;

  @Enumerated(EnumType.STRING)
  @Column(name = "sender_kind", nullable = false, updatable = false, length = 16)
  private SenderKind senderKind;

  @Column(name = "sender_id", nullable = false, updatable = false)
  private UUID senderId;

  @Column(name = "sender_email", nullable = false, updatable = false, length = NAME_LENGTH)
  private String senderEmail;

  @Column(name = "sender_name", nullable = false, updatable = false, length = NAME_LENGTH)
  private String senderName;

  @Column(name = "on_behalf_of", updatable = false)
  @Convert(converter = OptionalUuidConverter.class)
  private UUID onBehalfOf;

  @Column(name = "key_id", nullable = false, updatable = false)
  private UUID keyId;

  @Column(name = "body_sealed", nullable = false, updatable = false)
  private byte[] bodySealed;

  @Column(name = "sent_at", nullable = false, updatable = false)
  private Instant sentAt;

  protected Message() {}

  /**
   * A message about to have its body sealed (the sealing binds its id).
   *
   * @param onBehalfOf the client a contact writes for; null when staff or the client write
   */
  public Message(
      UUID conversationId,
      SenderKind senderKind,
      UUID senderId,
      String senderEmail,
      String senderName,
      UUID onBehalfOf,
      Instant sentAt) {
    this.conversationId = Objects.requireNonNull(conversationId, "conversation");
    this.senderKind = Objects.requireNonNull(senderKind, "sender kind");
    this.senderId = Objects.requireNonNull(senderId, "sender");
    this.senderEmail = limited(senderEmail, "sender's email");
    this.senderName = limited(senderName, "sender's name");
    this.onBehalfOf = onBehalfOf;
    this.sentAt = toMicros(Objects.requireNonNull(sentAt, "when"));
  }

  /** The body as sealed with the practice's data key {@code keyId}; set once, before storing. */
  public void sealBody(UUID keyId, byte[] sealed) {
    if (this.bodySealed != null) {
      throw new IllegalStateException("A message is sealed once");
    }
    this.keyId = Objects.requireNonNull(keyId, "key");
    this.bodySealed = Objects.requireNonNull(sealed, "sealed body").clone();
  }

  /**
   * PostgreSQL keeps microseconds: an instant is cut to them before it is stored, so that a cursor
   * made from it finds the same row again.
   */
  static Instant toMicros(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS);
  }

  private static String limited(String text, String what) {
    if (text == null || text.isBlank() || text.length() > NAME_LENGTH) {
      throw new IllegalArgumentException("A message's " + what + " is 1 to 200 characters");
    }
    return text;
  }

  public UUID conversationId() {
    return conversationId;
  }

  public SenderKind senderKind() {
    return senderKind;
  }

  public UUID senderId() {
    return senderId;
  }

  public String senderEmail() {
    return senderEmail;
  }

  public String senderName() {
    return senderName;
  }

  public UUID onBehalfOf() {
    return onBehalfOf;
  }

  public UUID keyId() {
    return keyId;
  }

  public byte[] bodySealed() {
    return bodySealed.clone();
  }

  public Instant sentAt() {
    return sentAt;
  }
}
