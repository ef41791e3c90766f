package org.foyer.intake.entity;

import java.util.Objects;
import java.util.UUID;
import org.foyer.admin.packets.PacketItemSource;

/**
 * The exact form version sent: a pack form (pack, form, version) or a practice form's published
 * version row, with the definition's JSON as the engine read it and its SHA-256.
 */
public record PinnedForm(
    PacketItemSource source,
    String packKey,
    String formKey,
    int version,
    UUID practiceVersionId,
    String title,
    String definitionJson,
    String sha256) {

  public PinnedForm {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(formKey, "formKey");
    Objects.requireNonNull(definitionJson, "definitionJson");
    Objects.requireNonNull(sha256, "sha256");
    if (source == PacketItemSource.PACK ? packKey == null : practiceVersionId == null) {
      throw new IllegalArgumentException("A pinned form names its pack or its practice version");
    }
    title = title == null || title.isBlank() ? formKey : title;
  }
}
