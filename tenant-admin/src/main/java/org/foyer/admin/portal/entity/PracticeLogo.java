package org.foyer.admin.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.persistence.TenantOwned;

/**
 * A practice's uploaded logo. The format is decided from the bytes themselves, never from the
 * declared type or file name: only PNG and JPEG are kept. SVG is refused because an SVG is a
 * document that can carry script, and the logo is shown on every portal page.
 */
@Entity
@Table(name = "practice_logo")
public class PracticeLogo extends TenantOwned {

  public static final int MAX_BYTES = 512 * 1024;
  static final String FIELD = "logo";

  private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
  private static final byte[] JPEG = {(byte) 0xff, (byte) 0xd8, (byte) 0xff};

  @Column(name = "content_type", nullable = false, length = 32)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Column(name = "sha256", nullable = false, length = 64)
  private String sha256;

  @Column(name = "content", nullable = false)
  private byte[] content;

  @Column(name = "uploaded_at", nullable = false)
  private Instant uploadedAt;

  protected PracticeLogo() {}

  /** A logo from uploaded bytes, or {@link InvalidInput} on the {@code logo} field. */
  public static PracticeLogo of(byte[] bytes, Instant uploadedAt) {
    if (bytes == null || bytes.length == 0) {
      throw refused("Choose an image file to upload");
    }
    if (bytes.length > MAX_BYTES) {
      throw refused("The logo can be at most 512 KiB; this file is larger");
    }
    PracticeLogo logo = new PracticeLogo();
    logo.contentType = sniff(bytes);
    logo.sizeBytes = bytes.length;
    logo.sha256 = sha256(bytes);
    logo.content = bytes.clone();
    logo.uploadedAt = uploadedAt;
    return logo;
  }

  private static String sniff(byte[] bytes) {
    if (startsWith(bytes, PNG)) {
      return "image/png";
    }
    if (startsWith(bytes, JPEG)) {
      return "image/jpeg";
    }
    if (looksLikeSvg(bytes)) {
      throw refused(
          "SVG logos are refused because they can carry scripts; upload a PNG or JPEG instead");
    }
    throw refused("The logo must be a PNG or JPEG image");
  }

  private static boolean looksLikeSvg(byte[] bytes) {
    String head =
        new String(bytes, 0, Math.min(bytes.length, 1024), StandardCharsets.ISO_8859_1)
            .toLowerCase(Locale.ROOT);
    return head.contains("<svg") || head.stripLeading().startsWith("<?xml");
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every Java runtime has SHA-256", e);
    }
  }

  private static InvalidInput refused(String message) {
    return new InvalidInput(message, Map.of(FIELD, message));
  }

  public String contentType() {
    return contentType;
  }

  public int sizeBytes() {
    return sizeBytes;
  }

  public String sha256() {
    return sha256;
  }

  public byte[] content() {
    return content.clone();
  }

  public Instant uploadedAt() {
    return uploadedAt;
  }
}
