package org.foyer.admin.packets.boundary;

import java.util.UUID;
import org.foyer.admin.packets.PacketItemSource;

/**
 * A packet item as the API shows it: the pack key for a pack form, the practice version's id for a
 * practice form, the other left out.
 */
public record PacketItemView(
    UUID id,
    int position,
    PacketItemSource source,
    String formKey,
    int formVersion,
    String title,
    boolean included,
    String packKey,
    UUID practiceVersionId) {

  static PacketItemView of(PacketItemSummary item) {
    return new PacketItemView(
        item.id(),
        item.position(),
        item.source(),
        item.formKey(),
        item.formVersion(),
        item.title(),
        item.included(),
        item.packKey().orElse(null),
        item.practiceVersionId().orElse(null));
  }
}
