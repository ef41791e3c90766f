package org.foyer.admin.packets.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.UUID;
import org.foyer.admin.packets.entity.IntakePacket;

/** An intake packet as its pages, its API and the sending of intake show it. */
public record PacketSummary(
    UUID id,
    String name,
    // The API has always called it "default", a Java keyword.
    @JsonbProperty("default") boolean isDefault,
    boolean archived) {

  static PacketSummary of(IntakePacket packet) {
    return new PacketSummary(packet.id(), packet.name(), packet.isDefault(), packet.archived());
  }
}
