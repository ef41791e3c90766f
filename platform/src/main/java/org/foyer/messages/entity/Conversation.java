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
 * A conversation about one client between the people acting for the client and the care team. Its
 * subject is sealed like a message's body; {@link #lastMessageAt} orders inboxes and tells readers
 * what they have not read yet. The people taking part are implied by the client, never listed.
 */
@Entity
@Table(name = "conversation")
public class Conversation extends TenantOwned {

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

  /** When the practice's automatic reply was sent: it is sent at most once a conversation. */
  @Column(name = "auto_replied_at")
  private Instant autoRepliedAt;

  /** The staff member triaging it, if any. */
  @Column(name = "assigned_to")
  @Convert(converter = OptionalUuidConverter.class)
  private UUID assignedTo;

  /** The one portal login the conversation is with, when staff wrote to one person only. */
  @Column(name = "addressee_account_id", updatable = false)
  @Convert(converter = OptionalUuidConverter.class)
  private UUID addresseeAccountId;

  /** That person as staff chose them: "Maria Rivera (Parent)". */
  @Column(name = "addressee_label", updatable = false, length = 300)
  private String addresseeLabel;

  @Column(name = "done_at")
  private Instant doneAt;

  @Column(name = "flagged", nullable = false)
  private boolean flagged;

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

  /**
   * A message was sent: the conversation moves up the inboxes, and one from the client's side
   * reopens it if staff had marked it done.
   */
  public void received(Message message) {
    if (message.sentAt().isAfter(lastMessageAt)) {
      lastMessageAt = message.sentAt();
    }
    if (message.senderKind() == SenderKind.PORTAL) {
      doneAt = null;
    }
  }

  /** Records the automatic reply; false when one was already sent in this conversation. */
  public boolean autoReplied(Instant at) {
    if (autoRepliedAt != null) {
      return false;
    }
    autoRepliedAt = Objects.requireNonNull(at, "when");
    return true;
  }

  /** Assigns it to a staff member, or to nobody; true when that changed anything. */
  public boolean assign(UUID staffId) {
    boolean changed = !Objects.equals(assignedTo, staffId);
    assignedTo = staffId;
    return changed;
  }

  /** Marks it done (at {@code at}) or open again; true when that changed anything. */
  public boolean markDone(boolean done, Instant at) {
    if (done == (doneAt != null)) {
      return false;
    }
    doneAt = done ? Message.toMicros(Objects.requireNonNull(at, "when")) : null;
    return true;
  }

  /** Flags or unflags it; true when that changed anything. */
  public boolean flag(boolean flag) {
    boolean changed = flagged != flag;
    flagged = flag;
    return changed;
  }

  /** Makes it a conversation with this one portal login only; set once, before it is stored. */
  public void addressTo(UUID accountId, String label) {
    if (this.addresseeAccountId != null) {
      throw new IllegalStateException("A conversation's addressee is chosen once");
    }
    this.addresseeAccountId = Objects.requireNonNull(accountId, "addressee");
    this.addresseeLabel = Objects.requireNonNull(label, "addressee's name");
  }

  /** Whether this portal login takes part: everyone acting for the client, or the addressee. */
  public boolean isWith(UUID accountId) {
    return addresseeAccountId == null || addresseeAccountId.equals(accountId);
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

  public Instant autoRepliedAt() {
    return autoRepliedAt;
  }

  public UUID assignedTo() {
    return assignedTo;
  }

  public UUID addresseeAccountId() {
    return addresseeAccountId;
  }

  public String addresseeLabel() {
    return addresseeLabel;
  }

  public Instant doneAt() {
    return doneAt;
  }

  public boolean done() {
    return doneAt != null;
  }

  public boolean flagged() {
    return flagged;
  }
}
