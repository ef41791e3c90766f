package org.foyer.messages.attachments;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of a file sent with a message. */
public record AttachmentId(UUID value) implements TypedId {

  public AttachmentId {
    Objects.requireNonNull(value, "an attachment's id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
