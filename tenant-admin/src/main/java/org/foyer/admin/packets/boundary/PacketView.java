package org.foyer.admin.packets.boundary;

import jakarta.json.bind.annotation.JsonbProperty;
import java.util.List;
import java.util.UUID;

/** A packet with its items in order, as the API shows one packet. */
public record PacketView(
    UUID id,
    String name,
    // The API has always called it "default", a Java keyword.
    @JsonbProperty("default") boolean isDefault,
    boolean archived,
    List<PacketItemView> items) {

  static PacketView of(PacketSummary packet, List<PacketItemSummary> items) {
    return new PacketView(
        packet.id(),
        packet.name(),
        packet.isDefault(),
        packet.archived(),
        items.stream().map(PacketItemView::of).toList());
  }
}
