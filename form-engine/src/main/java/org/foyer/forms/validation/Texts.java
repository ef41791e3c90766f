package org.foyer.forms.validation;

/** Character hygiene for posted text. */
final class Texts {

  private Texts() {}

  /**
   * Refuses control characters (but tab, and newline in multi-line text), unpaired surrogates and
   * non-characters: they cannot be stored or printed faithfully and are a common vector for log and
   * report injection.
   */
  static boolean isClean(String value, boolean multiLine) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20) {
        if (c == '\t' || (multiLine && c == '\n')) {
          continue;
        }
        return false;
      }
      if (c == 0x7f || c == 0xfffe || c == 0xffff) {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
