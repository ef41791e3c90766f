package org.foyer.admin.packets.entity;

import java.util.Objects;
import java.util.UUID;
import org.foyer.core.id.TypedId;

/** The id of an item of an intake packet. */
public record PacketItemId(UUID value) implements TypedId {

  public PacketItemId {
    Objects.requireNonNull(value, "a packet item's id");
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
