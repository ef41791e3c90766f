package org.foyer.admin.packets.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.packets.PacketItemSource;
import org.foyer.core.persistence.TenantOwned;

/**
 * One form in a packet, at a position, included or removed. It names an exact version (pack form
 * version, or a practice form's published version row), so a packet never drifts to a newer form
 * without an administrator choosing it.
 */
@Entity
@Table(name = "intake_packet_item")
public class PacketItem extends TenantOwned {

  @Column(name = "packet_id", nullable = false, updatable = false)
  private UUID packetId;

  @Column(nullable = false)
  private int position;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false, length = 16)
  private PacketItemSource source;

  @Column(name = "pack_key", updatable = false, length = 64)
  private String packKey;

  @Column(name = "form_key", nullable = false, updatable = false, length = 64)
  private String formKey;

  @Column(name = "form_version", nullable = false, updatable = false)
  private int formVersion;

  /**
   * Held as text: EclipseLink's UUID converter fails on a NULL uuid column (NullPointerException in
   * UUIDConverter.convertDataValueToObjectValue), and pack items have none. The column stays a uuid
   * with its foreign key; the JDBC URL's stringtype=unspecified lets PostgreSQL cast it.
   */
  @Column(name = "practice_version_id", updatable = false, length = 36)
  private String practiceVersionId;

  @Column(nullable = false, updatable = false, length = 200)
  private String title;

  @Column(nullable = false)
  private boolean included;

  protected PacketItem() {}

  private PacketItem(
      UUID packetId,
      int position,
      PacketItemSource source,
      String formKey,
      int formVersion,
      String title) {
    this.packetId = Objects.requireNonNull(packetId, "packetId");
    this.position = position;
    this.source = source;
    this.formKey = Objects.requireNonNull(formKey, "formKey");
    this.formVersion = formVersion;
    this.title = title == null || title.isBlank() ? formKey : abbreviated(title);
    this.included = true;
  }

  public static PacketItem packForm(
      UUID packetId, int position, String packKey, String formKey, int version, String title) {
    PacketItem item =
        new PacketItem(packetId, position, PacketItemSource.PACK, formKey, version, title);
    item.packKey = Objects.requireNonNull(packKey, "packKey");
    return item;
  }

  public static PacketItem practiceForm(
      UUID packetId, int position, UUID versionId, String formKey, int version, String title) {
    PacketItem item =
        new PacketItem(packetId, position, PacketItemSource.PRACTICE, formKey, version, title);
    item.practiceVersionId = Objects.requireNonNull(versionId, "versionId").toString();
    return item;
  }

  private static String abbreviated(String title) {
    String clean = title.strip();
    return clean.length() <= 200 ? clean : clean.substring(0, 199) + "…";
  }

  public void moveTo(int newPosition) {
    this.position = newPosition;
  }

  public void include(boolean include) {
    this.included = include;
  }

  /** True when this item is the given form (pack form or practice form version). */
  public boolean sameFormAs(PacketItem other) {
    return source == other.source
        && Objects.equals(packKey, other.packKey)
        && formKey.equals(other.formKey)
        && formVersion == other.formVersion;
  }

  public UUID packetId() {
    return packetId;
  }

  public int position() {
    return position;
  }

  public PacketItemSource source() {
    return source;
  }

  public Optional<String> packKey() {
    return Optional.ofNullable(packKey);
  }

  public String formKey() {
    return formKey;
  }

  public int formVersion() {
    return formVersion;
  }

  public Optional<UUID> practiceVersionId() {
    return Optional.ofNullable(practiceVersionId).map(UUID::fromString);
  }

  public String title() {
    return title;
  }

  public boolean included() {
    return included;
  }
}
