package org.foyer.audit.entity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.UUID;
import org.foyer.core.tenancy.TenantId;

/**
 * The link function of the audit chain: {@code hash = hex(SHA-256(prevHash + canonical text))}.
 *
 * <p>The canonical text lists every stored field of an event in a fixed order: practice, id, seq,
 * time (ISO-8601 instant, microsecond precision as stored), actor, on-behalf-of, action, subject,
 * outcome, client address. Each field is written as its UTF-8 byte length, a colon and the bytes (a
 * netstring without the trailing comma); an absent field is a single {@code -}. A length prefix
 * cannot be confused with content, so no choice of values can make two different events share a
 * text (an actor {@code "a;b"} never reads as actor {@code a} and a next field {@code b}). The
 * practice is part of the text so a row copied into another practice's chain does not verify.
 *
 * <p>This format is what old rows were hashed with: change it only together with a version marker
 * and a verifier that still understands the old one.
 */
public final class ChainHash {

  /** The link before the first event of every practice. */
  public static final String GENESIS = "0".repeat(64);

  private ChainHash() {}

  public static String of(
      String prevHash,
      TenantId practice,
      UUID id,
      long seq,
      Instant occurredAt,
      String actor,
      String onBehalfOf,
      String action,
      String subject,
      String outcome,
      String clientAddress) {
    StringBuilder text = new StringBuilder(prevHash);
    field(text, practice.toString());
    field(text, id.toString());
    field(text, Long.toString(seq));
    field(text, occurredAt.truncatedTo(ChronoUnit.MICROS).toString());
    field(text, actor);
    field(text, onBehalfOf);
    field(text, action);
    field(text, subject);
    field(text, outcome);
    field(text, clientAddress);
    return sha256Hex(text.toString());
  }

  private static void field(StringBuilder text, String value) {
    if (value == null) {
      text.append('-');
    } else {
      text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
    }
  }

  private static String sha256Hex(String text) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform provides SHA-256", e);
    }
  }
}
