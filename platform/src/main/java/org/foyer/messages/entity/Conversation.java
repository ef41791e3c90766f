package org.foyer.messages.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/**
 * A conversation about one client between the people acting for the client and the care team. Its
 * subject is sealed like a message's body; {@link #lastMessageAt} orders inboxes and tells readers
 * what they have not read yet. The people taking part are implied by the client, never listed.
 */
@Entity
@Table(name = "conversation")
public class Conversation extends TenantOwned {

  public static final int SUBJECT_LENGTH = 120;

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Column(name = "key_id", nullable = false, updatable = false)
  private UUID keyId;

  @Column(name = "subject_sealed", nullable = false, updatable = false)
  private byte[] subjectSealed;

  @Column(name = "started_by", nullable = false, updatable = false, length = 200)
  private String startedBy;

  @Column(name = "started_at", nullable = false, updatable = false)
  private Instant startedAt;

  @Column(name = "last_message_at", nullable = false)
  private Instant lastMessageAt;

  @Column(name = "confidential_from_guardians", nullable = false)
  private boolean confidentialFromGuardians;

  protected Conversation() {}

  /** A conversation about to have its subject sealed (the sealing binds its id). */
  public Conversation(UUID clientId, String startedBy, Instant startedAt) {
    this.clientId = Objects.requireNonNull(clientId, "client");
    this.startedBy = Objects.requireNonNull(startedBy, "who started it");
    this.startedAt = Message.toMicros(Objects.requireNonNull(startedAt, "when"));
    this.lastMessageAt = this.startedAt;
  }

  /** The subject as sealed with the practice's data key {@code keyId}; set once. */
  public void sealSubject(UUID keyId, byte[] sealed) {
    if (this.subjectSealed != null) {
      throw new IllegalStateException("A conversation's subject is sealed once");
    }
    this.keyId = Objects.requireNonNull(keyId, "key");
    this.subjectSealed = Objects.requireNonNull(sealed, "sealed subject").clone();
  }

  /** A message was sent: the conversation moves up the inboxes. */
  public void received(Message message) {
    if (message.sentAt().isAfter(lastMessageAt)) {
      lastMessageAt = message.sentAt();
    }
  }

  /** Kept from the client's guardians, or shown to them again. */
  public boolean keepFromGuardians(boolean confidential) {
    boolean changed = confidentialFromGuardians != confidential;
    confidentialFromGuardians = confidential;
    return changed;
  }

  public UUID clientId() {
    return clientId;
  }

  public UUID keyId() {
    return keyId;
  }

  public byte[] subjectSealed() {
    return subjectSealed.clone();
  }

  public String startedBy() {
    return startedBy;
  }

  public Instant startedAt() {
    return startedAt;
  }

  public Instant lastMessageAt() {
    return lastMessageAt;
  }

  public boolean confidentialFromGuardians() {
    return confidentialFromGuardians;
  }
}
