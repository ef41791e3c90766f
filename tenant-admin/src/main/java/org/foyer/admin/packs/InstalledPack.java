package org.foyer.admin.packs;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.forms.pack.PackManifest;

/**
 * A vendor pack a practice installed: its manifest as validated and the zip exactly as uploaded
 * (with its SHA-256), so any instance can load it again. Never changed after install; removing the
 * pack deletes the row.
 */
@Entity
@Table(name = "installed_pack")
public class InstalledPack extends TenantOwned {

  @Column(name = "pack_key", nullable = false, updatable = false, length = 64)
  private String packKey;

  @Column(nullable = false, updatable = false, length = 200)
  private String name;

  @Column(nullable = false, updatable = false, length = 200)
  private String vendor;

  @Column(name = "pack_version", nullable = false, updatable = false, length = 40)
  private String packVersion;

  @Column(nullable = false, updatable = false, length = 200)
  private String licence;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] archive;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "installed_at", nullable = false, updatable = false)
  private Instant installedAt;

  protected InstalledPack() {}

  public InstalledPack(PackManifest manifest, byte[] archive, String sha256, Instant installedAt) {
    this.packKey = manifest.id();
    this.name = manifest.name();
    this.vendor = manifest.vendor();
    this.packVersion = manifest.version();
    this.licence = manifest.licence();
    this.archive = archive.clone();
    this.sha256 = Objects.requireNonNull(sha256, "sha256");
    this.installedAt = Objects.requireNonNull(installedAt, "installedAt");
  }

  static String sha256Of(byte[] bytes) {
    try {
      return HexFormat.of()
          .formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  public String packKey() {
    return packKey;
  }

  public String name() {
    return name;
  }

  public String vendor() {
    return vendor;
  }

  public String packVersion() {
    return packVersion;
  }

  public String licence() {
    return licence;
  }

  byte[] archive() {
    return archive.clone();
  }

  public String sha256() {
    return sha256;
  }

  public Instant installedAt() {
    return installedAt;
  }
}
