package org.foyer.forms.signature;

import java.time.Instant;
import java.util.Objects;

/**
 * What the platform captured when someone signed: the typed name, the drawn image and strokes (by
 * reference, either may be null), the intent statement exactly as shown, the signer and the client
 * they acted for (null when signing for themselves), the time, address and user agent.
 */
public record SignatureCapture(
    String field,
    String typedName,
    BlobRef image,
    BlobRef strokes,
    String intentStatement,
    String signer,
    String onBehalfOf,
    Instant signedAt,
    String ipAddress,
    String userAgent) {

  static final int MAX_NAME = 160;
  static final int MAX_USER_AGENT = 512;

  public SignatureCapture {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(signedAt, "signedAt");
    typedName = required(typedName, "typedName", MAX_NAME);
    intentStatement = required(intentStatement, "intentStatement", 4_000);
    signer = required(signer, "signer", MAX_NAME);
    onBehalfOf =
        onBehalfOf == null || onBehalfOf.isBlank()
            ? null
            : required(onBehalfOf, "onBehalfOf", MAX_NAME);
    ipAddress = required(ipAddress, "ipAddress", 64);
    userAgent = userAgent == null ? "" : userAgent.strip();
    if (userAgent.length() > MAX_USER_AGENT) {
      userAgent = userAgent.substring(0, MAX_USER_AGENT);
    }
  }

  private static String required(String value, String name, int max) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required for a signature");
    }
    String stripped = value.strip();
    if (stripped.length() > max) {
      throw new IllegalArgumentException(name + " is longer than " + max + " characters");
    }
    return stripped;
  }
}
