package org.foyer.forms.render;

/**
 * How a label leads into what follows it, on paper and in the error summary alike: "Name: Ana", but
 * "Any allergies? No".
 */
public final class LabelLeads {

  private LabelLeads() {}

  /**
   * The label followed by a colon, unless it already ends in punctuation that leads into an answer
   * ("?", ":", "!", "." and their full-width forms): "Who referred you?:" reads as a typo.
   */
  public static String lead(String label) {
    String trimmed = label.stripTrailing();
    if (trimmed.isEmpty()) {
      return label;
    }
    char last = trimmed.charAt(trimmed.length() - 1);
    return switch (last) {
      case '?', ':', '!', '.', ';', '\uff1f', '\uff1a', '\uff01', '\u3002' -> trimmed;
      default -> trimmed + ":";
    };
  }
}
