package org.foyer.messages.control;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.errors.InvalidInput;

/**
 * Where a keyset page continues: the (time, id) of the last row already shown. Callers see only an
 * opaque text; a page query asks for rows strictly beyond it in the page's order, so a page costs
 * the same at the start of a 10,000-message conversation as at its end.
 */
public record Cursor(Instant at, UUID id) {

  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  public Cursor {
    Objects.requireNonNull(at, "time");
    Objects.requireNonNull(id, "id");
  }

  /** The opaque text handed to callers. */
  public String encode() {
    long seconds = at.getEpochSecond();
    int nanos = at.getNano();
    return ENCODER.encodeToString(
        ("v1:" + seconds + ":" + nanos + ":" + id).getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * The cursor a caller sent back; null or blank for the first page.
   *
   * @throws InvalidInput when the text is not a cursor this service made
   */
  public static Cursor decode(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      String[] parts = new String(DECODER.decode(text), StandardCharsets.US_ASCII).split(":", -1);
      if (parts.length != 4 || !parts[0].equals("v1")) {
        throw new IllegalArgumentException("not a cursor");
      }
      return new Cursor(
          Instant.ofEpochSecond(Long.parseLong(parts[1]), Integer.parseInt(parts[2])),
          UUID.fromString(parts[3]));
    } catch (RuntimeException e) {
      throw new InvalidInput(
          "That page cursor is not one this service gave",
          Map.of("cursor", "Use the cursor of the previous page as it was given, or none"));
    }
  }
}
