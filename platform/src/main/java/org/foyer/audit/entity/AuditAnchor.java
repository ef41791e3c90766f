package org.foyer.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.foyer.core.tenancy.TenantId;

/**
 * The head of a practice's audit chain at one moment, signed, and kept outside the audit table (a
 * file under the data directory, the server log, the administrators' mail). The chain alone cannot
 * show rows cut off its end, nor rows rewritten from some point to the end with fresh hashes; a
 * later chain that no longer contains this head, or is shorter, shows both.
 *
 * <p>The signature is HMAC-SHA256 with a key derived from the master key, so someone who can write
 * the data directory but does not hold the key cannot forge an anchor to fit a rewritten chain.
 */
public record AuditAnchor(
    TenantId practice, long events, String headHash, Instant anchoredAt, String signature) {

  private static final String KEY_PURPOSE = "foyer audit anchor v1";

  public AuditAnchor {
    Objects.requireNonNull(practice, "practice");
    Objects.requireNonNull(headHash, "head hash");
    Objects.requireNonNull(anchoredAt, "anchored at");
    Objects.requireNonNull(signature, "signature");
    if (events < 0) {
      throw new IllegalArgumentException("events must not be negative, was " + events);
    }
  }

  /** The anchor key: never the master key itself, so the two uses cannot be played off. */
  public static SecretKey anchorKey(SecretKey masterKey) {
    return new SecretKeySpec(hmac(masterKey.getEncoded(), KEY_PURPOSE), "HmacSHA256");
  }

  public static AuditAnchor sign(
      TenantId practice, long events, String headHash, Instant anchoredAt, SecretKey anchorKey) {
    return new AuditAnchor(
        practice,
        events,
        headHash,
        anchoredAt,
        HexFormat.of()
            .formatHex(
                hmac(anchorKey.getEncoded(), signed(practice, events, headHash, anchoredAt))));
  }

  public boolean isSignedWith(SecretKey anchorKey) {
    return MessageDigest.isEqual(
        signature.getBytes(StandardCharsets.US_ASCII),
        sign(practice, events, headHash, anchoredAt, anchorKey)
            .signature()
            .getBytes(StandardCharsets.US_ASCII));
  }

  /** One line of the anchor file, also what the log and the mail show. */
  public String line() {
    return "practice="
        + practice
        + " events="
        + events
        + " head="
        + headHash
        + " at="
        + anchoredAt
        + " signature="
        + signature;
  }

  public static AuditAnchor parse(String line) {
    String[] fields = line.strip().split(" ");
    if (fields.length != 5) {
      throw new IllegalArgumentException("not an audit anchor line");
    }
    return new AuditAnchor(
        TenantId.of(value(fields[0], "practice")),
        Long.parseLong(value(fields[1], "events")),
        value(fields[2], "head"),
        Instant.parse(value(fields[3], "at")),
        value(fields[4], "signature"));
  }

  private static String value(String field, String name) {
    if (!field.startsWith(name + "=")) {
      throw new IllegalArgumentException("expected " + name + " in an audit anchor line");
    }
    return field.substring(name.length() + 1);
  }

  private static String signed(TenantId practice, long events, String head, Instant at) {
    return practice + "|" + events + "|" + head + "|" + at;
  }

  private static byte[] hmac(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform provides HmacSHA256", e);
    }
  }
}
