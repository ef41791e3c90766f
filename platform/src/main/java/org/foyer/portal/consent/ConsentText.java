package org.foyer.portal.consent;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * One version of the consent in one language, with the SHA-256 of its exact text, which is what an
 * acceptance records: proof of the very words the person agreed to.
 */
public record ConsentText(int version, String language, String text, String sha256) {

  public ConsentText {
    if (version < 1) {
      throw new IllegalArgumentException("Consent versions start at 1");
    }
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(sha256, "sha256");
  }

  public static ConsentText of(int version, String language, String text) {
    return new ConsentText(version, language, text, sha256(text));
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by Java SE but unavailable", e);
    }
  }
}
