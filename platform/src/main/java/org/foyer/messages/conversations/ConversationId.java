package org.foyer.messages.conversations;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of a conversation. */
public record ConversationId(UUID value) implements TypedId {

  public ConversationId {
    Objects.requireNonNull(value, "a conversation's id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
