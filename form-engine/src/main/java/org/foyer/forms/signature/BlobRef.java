package org.foyer.forms.signature;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A stored binary (signature image, drawn strokes, uploaded file) by reference: the platform's blob
 * id and the SHA-256 of its bytes. Content is never carried inline.
 */
public record BlobRef(String ref, String sha256, String mediaType) {

  private static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._/-]{0,199}");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  public BlobRef {
    Objects.requireNonNull(ref, "ref");
    Objects.requireNonNull(sha256, "sha256");
    if (ref.regionMatches(true, 0, "data:", 0, 5) || !REF.matcher(ref).matches()) {
      throw new IllegalArgumentException(
          "A blob reference is an id, never inline data: " + abbreviate(ref));
    }
    if (!SHA256.matcher(sha256).matches()) {
      throw new IllegalArgumentException("sha256 must be 64 lowercase hex digits");
    }
    mediaType = mediaType == null ? "application/octet-stream" : mediaType;
  }

  private static String abbreviate(String s) {
    return s.length() > 24 ? s.substring(0, 24) + "..." : s;
  }
}
