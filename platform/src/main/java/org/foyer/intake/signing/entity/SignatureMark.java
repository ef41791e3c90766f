package org.foyer.intake.signing.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.forms.signature.BlobRef;

/**
 * The mark a signature answer refers to: the drawn image (PNG) uploaded from the signature pad, or
 * the typed name when the client signed by typing only. A signature answer holds this row's id and
 * SHA-256, never the bytes; the mark belongs to one assigned form and is never changed.
 */
@Entity
@Table(name = "intake_signature_mark")
public class SignatureMark extends TenantOwned {

  public static final String PNG = "image/png";
  public static final String TYPED = "text/plain";

  /** A drawn 400x150 signature is a few kilobytes; anything far larger is not one. */
  public static final int MAX_BYTES = 200_000;

  private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  @Column(name = "form_id", nullable = false, updatable = false)
  private UUID formId;

  @Column(name = "media_type", nullable = false, updatable = false, length = 40)
  private String mediaType;

  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false, updatable = false)
  private byte[] content;

  @Column(nullable = false, updatable = false, length = 64)
  private String sha256;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  protected SignatureMark() {}

  private SignatureMark(UUID formId, String mediaType, byte[] content, Instant at) {
    this.formId = Objects.requireNonNull(formId, "formId");
    this.mediaType = mediaType;
    this.content = content.clone();
    this.sha256 = sha256Of(content);
    this.createdAt = Objects.requireNonNull(at, "createdAt");
  }

  /**
   * A drawn signature, as the pad in a page sends it.
   *
   * @throws InvalidInput on the {@code signature} field for anything that is not a PNG of
   *     reasonable size, so the page shows it beside the pad
   */
  public static SignatureMark drawn(UUID formId, byte[] png, Instant at) {
    boolean isPng = png != null && png.length >= PNG_MAGIC.length && png.length <= MAX_BYTES;
    for (int i = 0; isPng && i < PNG_MAGIC.length; i++) {
      isPng = png[i] == PNG_MAGIC[i];
    }
    if (!isPng) {
      String problem = "A drawn signature is a PNG of at most 200 kB";
      throw new InvalidInput(problem, Map.of("signature", problem));
    }
    return new SignatureMark(formId, PNG, png, at);
  }

  /** A signature made by typing the name only. */
  public static SignatureMark typed(UUID formId, String typedName, Instant at) {
    return new SignatureMark(formId, TYPED, typedName.getBytes(StandardCharsets.UTF_8), at);
  }

  public static String sha256Of(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** The reference a signature answer holds. */
  public BlobRef ref() {
    return new BlobRef(id().toString(), sha256, mediaType);
  }

  public boolean isDrawn() {
    return PNG.equals(mediaType);
  }

  public UUID formId() {
    return formId;
  }

  public byte[] content() {
    return content.clone();
  }

  public String sha256() {
    return sha256;
  }
}
