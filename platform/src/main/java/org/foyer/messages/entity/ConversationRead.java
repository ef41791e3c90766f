package org.foyer.messages.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/**
 * How far one reader (a staff member or a portal login) has read a conversation: everything sent up
 * to {@link #readAt}. Unread is a conversation whose last message is newer than its reader's mark.
 */
@Entity
@Table(name = "conversation_read")
public class ConversationRead extends TenantOwned {

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private UUID conversationId;

  @Column(name = "reader_id", nullable = false, updatable = false)
  private UUID readerId;

  @Column(name = "read_at", nullable = false)
  private Instant readAt;

  protected ConversationRead() {}

  public ConversationRead(UUID conversationId, UUID readerId, Instant readAt) {
    this.conversationId = Objects.requireNonNull(conversationId, "conversation");
    this.readerId = Objects.requireNonNull(readerId, "reader");
    this.readAt = Objects.requireNonNull(readAt, "when");
  }

  /** Read up to here; a mark never moves back. */
  public void readUpTo(Instant when) {
    if (when.isAfter(readAt)) {
      readAt = when;
    }
  }

  public UUID conversationId() {
    return conversationId;
  }

  public UUID readerId() {
    return readerId;
  }

  public Instant readAt() {
    return readAt;
  }
}
