package org.foyer.admin.packets.boundary;

import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.packets.PacketItemSource;
import org.foyer.admin.packets.entity.PacketItem;

/**
 * One form of a packet, at its position, as its pages, its API and the sending of intake read it:
 * the exact version it names (a pack form, or a practice form's published version).
 */
public record PacketItemSummary(
    UUID id,
    int position,
    PacketItemSource source,
    Optional<String> packKey,
    String formKey,
    int formVersion,
    Optional<UUID> practiceVersionId,
    String title,
    boolean included) {

  static PacketItemSummary of(PacketItem item) {
    return new PacketItemSummary(
        item.id(),
        item.position(),
        item.source(),
        item.packKey(),
        item.formKey(),
        item.formVersion(),
        item.practiceVersionId(),
        item.title(),
        item.included());
  }
}
