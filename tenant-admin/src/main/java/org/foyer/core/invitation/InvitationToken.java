package org.foyer.core.invitation;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * The secret in an invitation link: 256 random bits, URL-safe. Only its SHA-256 is stored, so a
 * copy of the database cannot be used to accept invitations. A plain hash (not a slow password
 * hash) is enough because the token is random, not chosen by a person.
 */
public record InvitationToken(String value) {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9_-]{43}");

  /** A fresh token. */
  public static InvitationToken issue() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return new InvitationToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
  }

  /** Whether text has the shape of a token at all; anything else is refused before a look-up. */
  public static boolean isWellFormed(String text) {
    return text != null && SHAPE.matcher(text).matches();
  }

  /** The stored form: lower-case hex SHA-256 of the token's text. */
  public String hash() {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by Java SE but unavailable", e);
    }
  }

  @Override
  public String toString() {
    return "InvitationToken[hidden]";
  }
}
