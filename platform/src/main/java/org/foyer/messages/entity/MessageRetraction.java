package org.foyer.messages.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.Refused;
import org.foyer.core.persistence.TenantOwned;

/**
 * A sender taking back one of their messages soon after sending it. The message is not changed (it
 * is a record, and its table grants no update): readers see "retracted" instead of its body, and
 * the sealed original stays for the practice's records. Written once; a message has at most one.
 */
@Entity
@Table(name = "message_retraction")
public class MessageRetraction extends TenantOwned {

  /**
   * How long after sending a sender may retract: long enough to catch a message sent to the wrong
   * conversation or with a mistake, short enough that the other side has seldom acted on it yet.
   */
  public static final Duration WINDOW = Duration.ofMinutes(10);

  @Column(name = "message_id", nullable = false, updatable = false)
  private UUID messageId;

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private UUID conversationId;

  @Column(name = "retracted_by", nullable = false, updatable = false)
  private UUID retractedBy;

  @Column(
      name = "retracted_by_name",
      nullable = false,
      updatable = false,
      length = Message.NAME_LENGTH)
  private String retractedByName;

  @Column(name = "retracted_at", nullable = false, updatable = false)
  private Instant retractedAt;

  protected MessageRetraction() {}

  private MessageRetraction(Message message, Instant at) {
    this.messageId = message.id();
    this.conversationId = message.conversationId();
    this.retractedBy = message.senderId();
    this.retractedByName = message.senderName();
    this.retractedAt = Message.toMicros(at);
  }

  /**
   * The sender's retraction of their message, refused for anyone else and once the {@link WINDOW}
   * has passed; whether it was retracted before is the caller's to check (and the table's).
   */
  public static MessageRetraction of(Message message, UUID by, Instant at) {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(at, "when");
    if (!message.senderId().equals(by)) {
      throw new Refused("Only the person who sent a message may retract it");
    }
    if (!mayStillRetract(message, at)) {
      throw new Conflict(
          "A message can be retracted only within "
              + WINDOW.toMinutes()
              + " minutes of sending it, and this one was sent earlier");
    }
    return new MessageRetraction(message, at);
  }

  /** Whether the window to retract the message is still open at {@code at}. */
  public static boolean mayStillRetract(Message message, Instant at) {
    return !at.isAfter(message.sentAt().plus(WINDOW));
  }

  public UUID messageId() {
    return messageId;
  }

  public UUID conversationId() {
    return conversationId;
  }

  public UUID retractedBy() {
    return retractedBy;
  }

  public String retractedByName() {
    return retractedByName;
  }

  public Instant retractedAt() {
    return retractedAt;
  }
}
