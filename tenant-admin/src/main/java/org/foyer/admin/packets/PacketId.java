package org.foyer.admin.packets;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of an intake packet. */
public record PacketId(UUID value) implements TypedId {

  public PacketId {
    Objects.requireNonNull(value, "an intake packet id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
