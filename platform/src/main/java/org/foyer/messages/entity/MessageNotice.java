package org.foyer.messages.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/** When a recipient was last mailed about new messages in a conversation (notices are batched). */
@Entity
@Table(name = "message_notice")
public class MessageNotice extends TenantOwned {

  @Column(name = "conversation_id", nullable = false, updatable = false)
  private UUID conversationId;

  @Column(name = "recipient", nullable = false, updatable = false, length = 254)
  private String recipient;

  @Column(name = "mailed_at", nullable = false)
  private Instant mailedAt;

  protected MessageNotice() {}

  public MessageNotice(UUID conversationId, String recipient, Instant mailedAt) {
    this.conversationId = Objects.requireNonNull(conversationId, "conversation");
    this.recipient = Objects.requireNonNull(recipient, "recipient");
    this.mailedAt = Objects.requireNonNull(mailedAt, "when");
  }

  public void mailed(Instant when) {
    mailedAt = Objects.requireNonNull(when);
  }

  public UUID conversationId() {
    return conversationId;
  }

  public String recipient() {
    return recipient;
  }

  public Instant mailedAt() {
    return mailedAt;
  }
}
