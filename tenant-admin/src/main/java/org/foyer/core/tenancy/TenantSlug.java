package org.foyer.core.tenancy;

import java.util.Optional;
import java.util.regex.Pattern;

/** The short name of a practice in its addresses ({@code /p/{slug}/...}). */
public record TenantSlug(String value) {

  public static final int MAX_LENGTH = 40;
  private static final Pattern SHAPE = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?");

  public TenantSlug {
    if (value == null || !SHAPE.matcher(value).matches()) {
      throw new IllegalArgumentException(
          "A practice's short name uses 1 to 40 lower-case letters, digits and inner hyphens,"
              + " not '"
              + abbreviate(value)
              + "'");
    }
  }

  /** Parses text from a URL without throwing, for address routing. */
  public static Optional<TenantSlug> parse(String value) {
    return value != null && SHAPE.matcher(value).matches()
        ? Optional.of(new TenantSlug(value))
        : Optional.empty();
  }

  private static String abbreviate(String value) {
    if (value == null) {
      return "";
    }
    return value.length() > 50 ? value.substring(0, 50) + "…" : value;
  }

  @Override
  public String toString() {
    return value;
  }
}
