package org.foyer.admin.services.entity;

import java.util.Map;
import java.util.regex.Pattern;

/** The checks every short text field of the catalogue shares, collecting per-field messages. */
final class TextRules {

  /** Control characters other than line breaks and tabs have no place in plain text. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

  private TextRules() {}

  /** The trimmed text, or null with a message in {@code errors} when it is missing or too long. */
  static String required(
      Map<String, String> errors, String field, String label, String value, int maxLength) {
    String text = value == null ? "" : value.strip();
    if (text.isEmpty()) {
      errors.put(field, label + " is required");
      return null;
    }
    return limited(errors, field, label, text, maxLength);
  }

  /** Like {@link #required} for a field that may be left empty (answers null then). */
  static String optional(
      Map<String, String> errors, String field, String label, String value, int maxLength) {
    String text = value == null ? "" : value.strip();
    return text.isEmpty() ? null : limited(errors, field, label, text, maxLength);
  }

  private static String limited(
      Map<String, String> errors, String field, String label, String text, int maxLength) {
    if (text.length() > maxLength) {
      errors.put(field, label + " can have at most " + maxLength + " characters");
      return null;
    }
    if (CONTROL.matcher(text).find()) {
      errors.put(field, label + " must be plain text");
      return null;
    }
    return text.replace("\r\n", "\n");
  }
}
