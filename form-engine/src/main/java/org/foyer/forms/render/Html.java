package org.foyer.forms.render;

/** HTML escaping for text and double-quoted attribute values. */
public final class Html {

  private Html() {}

  public static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      String replacement = replacement(text.charAt(i));
      if (replacement != null) {
        if (out == null) {
          out = new StringBuilder(text.length() + 16).append(text, 0, i);
        }
        out.append(replacement);
      } else if (out != null) {
        out.append(text.charAt(i));
      }
    }
    return out == null ? text : out.toString();
  }

  /** Appends {@code text} escaped, without building an intermediate string. */
  static void escapeInto(StringBuilder out, String text) {
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      String replacement = replacement(text.charAt(i));
      if (replacement != null) {
        out.append(text, start, i).append(replacement);
        start = i + 1;
      }
    }
    out.append(text, start, text.length());
  }

  /** What stands for {@code c} in HTML, or null when it stands for itself. */
  private static String replacement(char c) {
    return switch (c) {
      case '&' -> "&amp;";
      case '<' -> "&lt;";
      case '>' -> "&gt;";
      case '"' -> "&quot;";
      case '\'' -> "&#39;";
      default -> null;
    };
  }
}
