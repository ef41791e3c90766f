package org.foyer.forms.pdf;

/** How a label leads into its answer on paper: "Name: Ana", but "Any allergies? No". */
final class PdfLabels {

  private PdfLabels() {}

  /**
   * The label followed by a colon, unless it already ends in punctuation that leads into an answer
   * ("?", ":", "!", "." and their full-width forms): "Who referred you?:" reads as a typo.
   */
  static String lead(String label) {
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
