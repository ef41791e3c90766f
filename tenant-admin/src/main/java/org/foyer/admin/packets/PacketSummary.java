package org.foyer.admin.packets;

import java.util.UUID;

/** An intake packet as its pages, its API and the sending of intake show it. */
public record PacketSummary(UUID id, String name, boolean isDefault, boolean archived) {

  static PacketSummary of(IntakePacket packet) {
    return new PacketSummary(packet.id(), packet.name(), packet.isDefault(), packet.archived());
  }
}
