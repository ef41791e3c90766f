package org.foyer.intake.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import java.util.UUID;
import org.foyer.admin.packets.PacketItemSource;
import org.foyer.core.persistence.columns.OptionalUuidConverter;

/**
 * The exact definition a form was sent with, as {@link AssignedForm} keeps it: which pack form or
 * practice form version, its title, and its JSON with the SHA-256 it must still hash to. Written
 * once when the form is sent and never changed.
 */
@Embeddable
public class SentDefinition {

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private PacketItemSource source;

  @Column(name = "pack_key", updatable = false, length = 64)
  private String packKey;

  @Column(name = "form_key", nullable = false, updatable = false, length = 64)
  private String formKey;

  @Column(name = "form_version", nullable = false, updatable = false)
  private int formVersion;

  @Column(name = "practice_version_id", updatable = false)
  @Convert(converter = OptionalUuidConverter.class)
  private UUID practiceVersionId;

  @Column(nullable = false, updatable = false, length = IntakeAssignment.TITLE_LENGTH)
  private String title;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "definition_json", nullable = false, updatable = false)
  private String definitionJson;

  @Column(name = "definition_sha256", nullable = false, updatable = false, length = 64)
  private String definitionSha256;

  protected SentDefinition() {}

  SentDefinition(PinnedForm form) {
    this.source = form.source();
    this.packKey = form.source() == PacketItemSource.PACK ? form.packKey() : null;
    this.practiceVersionId =
        form.source() == PacketItemSource.PRACTICE ? form.practiceVersionId() : null;
    this.formKey = form.formKey();
    this.formVersion = form.version();
    this.title = abbreviated(form.title());
    this.definitionJson = form.definitionJson();
    this.definitionSha256 = form.sha256();
  }

  static String abbreviated(String text) {
    String clean = text.strip();
    return clean.length() <= IntakeAssignment.TITLE_LENGTH
        ? clean
        : clean.substring(0, IntakeAssignment.TITLE_LENGTH - 1) + "…";
  }

  PacketItemSource source() {
    return source;
  }

  String packKey() {
    return packKey;
  }

  String formKey() {
    return formKey;
  }

  int formVersion() {
    return formVersion;
  }

  UUID practiceVersionId() {
    return practiceVersionId;
  }

  String title() {
    return title;
  }

  String definitionJson() {
    return definitionJson;
  }

  String definitionSha256() {
    return definitionSha256;
  }
}
