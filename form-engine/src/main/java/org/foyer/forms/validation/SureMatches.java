package org.foyer.forms.validation;

import java.util.BitSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Cheap proofs that a value passes a {@code pattern} or the {@code date} format, tried before the
 * real check, which still decides whenever a proof does not apply. Only "yes" is ever answered
 * here, so a proof that is too narrow costs time, never correctness. The regular expressions and
 * the date parser were half of validating a typical post.
 */
final class SureMatches {

  /** A whole-value pattern of one character class: {@code ^[...]{m}$} or {@code ^[...]{m,n}$}. */
  private static final Pattern ONE_CLASS =
      Pattern.compile(
          "\\^(\\[(?:[^\\[\\]\\\\&]|\\\\[^pPQE])+\\])\\{(\\d{1,4})(?:,(\\d{1,4}))?\\}\\$");

  private SureMatches() {}

  /**
   * For {@code ^[class]{m,n}$}: a value of m to n characters, each below U+0100 and in the class,
   * certainly matches. Which of those 256 characters the class holds is asked of the regular
   * expression engine itself, so the proof cannot read a class differently than the engine does.
   */
  static Predicate<String> pattern(String regex) {
    Matcher shape = ONE_CLASS.matcher(regex);
    if (!shape.matches()) {
      return value -> false;
    }
    Pattern charClass;
    try {
      charClass = Pattern.compile(shape.group(1));
    } catch (RuntimeException e) {
      return value -> false;
    }
    BitSet members = new BitSet(256);
    for (char c = 0; c < 256; c++) {
      if (charClass.matcher(String.valueOf(c)).matches()) {
        members.set(c);
      }
    }
    int min = Integer.parseInt(shape.group(2));
    int max = shape.group(3) == null ? min : Integer.parseInt(shape.group(3));
    return value -> {
      int length = value.length();
      if (length < min || length > max) {
        return false;
      }
      for (int i = 0; i < length; i++) {
        char c = value.charAt(i);
        if (c >= 256 || !members.get(c)) {
          return false;
        }
      }
      return true;
    };
  }

  /**
   * {@code yyyy-mm-dd} in ASCII digits naming a real day: exactly what networknt's {@code date}
   * format accepts through {@code LocalDate.parse} for four-digit years.
   */
  static boolean isPlainDate(String value) {
    if (value.length() != 10 || value.charAt(4) != '-' || value.charAt(7) != '-') {
      return false;
    }
    int year = digits(value, 0, 4);
    int month = digits(value, 5, 7);
    int day = digits(value, 8, 10);
    if (year < 0 || month < 1 || month > 12 || day < 1) {
      return false;
    }
    return day <= java.time.YearMonth.of(year, month).lengthOfMonth();
  }

  private static int digits(String value, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }
}
