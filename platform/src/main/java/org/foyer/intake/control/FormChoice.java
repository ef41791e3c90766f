package org.foyer.intake.control;

import java.util.UUID;
import org.foyer.admin.packets.PacketItemSource;

/**
 * A form staff may send on its own: a pack form or a published practice intake form version. Its
 * {@link #key()} travels through pages ("pack:foyer-default:phq-9", "practice:&lt;uuid&gt;").
 */
public record FormChoice(
    PacketItemSource source, String packKey, String formKey, UUID practiceVersionId, String title) {

  public String key() {
    return source == PacketItemSource.PACK
        ? "pack:" + packKey + ":" + formKey
        : "practice:" + practiceVersionId;
  }

  /** The choice a key names; {@link IllegalArgumentException} for anything malformed. */
  public static FormChoice parse(String key) {
    String[] parts = key == null ? new String[0] : key.split(":", -1);
    if (parts.length == 3 && parts[0].equals("pack")) {
      return new FormChoice(PacketItemSource.PACK, parts[1], parts[2], null, parts[2]);
    }
    if (parts.length == 2 && parts[0].equals("practice")) {
      UUID id = UUID.fromString(parts[1]);
      return new FormChoice(PacketItemSource.PRACTICE, null, null, id, null);
    }
    throw new IllegalArgumentException("Not a form choice");
  }
}
