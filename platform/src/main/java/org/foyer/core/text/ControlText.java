package org.foyer.core.text;

/**
 * Which control characters text may not carry into storage: NUL, which PostgreSQL cannot store in
 * text and would fail the request as a server error, and the other C0 controls and DEL, which no
 * one types and which break exports, PDFs and mail. Tab, newline and carriage return are ordinary
 * text in a multi-line answer and pass. One rule for Faces fields, non-Faces posts and the API.
 */
public final class ControlText {

  private ControlText() {}

  /** True when {@code text} holds a control character other than tab, newline or CR. */
  public static boolean refused(String text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (refused(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** The text without the characters {@link #refused(char)} refuses; null stays null. */
  public static String without(String text) {
    if (!refused(text)) {
      return text;
    }
    StringBuilder kept = new StringBuilder(text.length());
    text.chars().filter(c -> !refused((char) c)).forEach(c -> kept.append((char) c));
    return kept.toString();
  }

  /** True for a C0 control other than tab, newline or CR, and for DEL. */
  public static boolean refused(char c) {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f;
  }
}
