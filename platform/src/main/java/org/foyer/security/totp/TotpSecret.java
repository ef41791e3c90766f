package org.foyer.security.totp;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;

/**
 * The key shared between Foyer and a staff member's authenticator app. 20 random bytes (160 bits,
 * the HMAC-SHA1 block-friendly size RFC 4226 recommends), stored and shown as Base32. {@link
 * #toString()} never reveals it.
 */
public final class TotpSecret {

  public static final int LENGTH = 20;

  /** RFC 4226 requires at least 128 bits. */
  private static final int MIN_LENGTH = 16;

  private static final SecureRandom RANDOM = new SecureRandom();

  private final byte[] key;

  private TotpSecret(byte[] key) {
    if (key.length < MIN_LENGTH) {
      throw new IllegalArgumentException(
          "a TOTP secret needs at least " + MIN_LENGTH + " bytes, was " + key.length);
    }
    this.key = key.clone();
  }

  /** A fresh secret for enrollment. */
  public static TotpSecret generate() {
    byte[] key = new byte[LENGTH];
    RANDOM.nextBytes(key);
    return new TotpSecret(key);
  }

  /**
   * A stored secret.
   *
   * @throws IllegalArgumentException when the text is not Base32 or too short to be a secret
   */
  public static TotpSecret fromBase32(String base32) {
    return new TotpSecret(Base32.decode(Objects.requireNonNull(base32, "base32")));
  }

  /** A secret from raw bytes, e.g. a test vector. */
  public static TotpSecret of(byte[] key) {
    return new TotpSecret(Objects.requireNonNull(key, "key"));
  }

  /** The unpadded Base32 form, for storage and for manual entry into an app. */
  public String toBase32() {
    return Base32.encode(key);
  }

  byte[] key() {
    return key.clone();
  }

  /**
   * The {@code otpauth://} URI that authenticator apps read from the enrollment QR code. The issuer
   * (the practice) appears both in the label and as a parameter, as the Key Uri Format asks, so
   * apps old and new group the entry under it.
   *
   * @param issuer who the code is for, typically the practice's name; must not contain ':'
   * @param accountName the staff member's sign-in name; must not contain ':'
   */
  public String otpauthUri(String issuer, String accountName) {
    String encodedIssuer = encode(requireLabelPart(issuer, "issuer"));
    return "otpauth://totp/"
        + encodedIssuer
        + ':'
        + encode(requireLabelPart(accountName, "accountName"))
        + "?secret="
        + toBase32()
        + "&issuer="
        + encodedIssuer
        + "&algorithm=SHA1&digits="
        + Totp.DIGITS
        + "&period="
        + Totp.STEP.toSeconds();
  }

  /** The label separates issuer and account with a colon, so neither may hold one. */
  private static String requireLabelPart(String value, String name) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (value.indexOf(':') >= 0) {
      throw new IllegalArgumentException(name + " must not contain ':', was " + value);
    }
    return value.strip();
  }

  /** Percent-encoding for a URI path or query; URLEncoder's '+' for space is form-only. */
  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TotpSecret that && MessageDigest.isEqual(key, that.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  @Override
  public String toString() {
    return "TotpSecret[hidden]";
  }
}
