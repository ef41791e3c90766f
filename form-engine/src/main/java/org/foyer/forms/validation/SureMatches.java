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

  /**
   * {@code local@domain.tld} in plain ASCII: a local part of at most 64 letters, digits, {@code _ +
   * -} in dot-separated runs; domain labels of letters and digits (hyphens inside), at most 63
   * each; and one of the oldest generic top-level domains. Every such address passes the Apache
   * Commons email check networknt runs (user pattern, domain name pattern, IANA top-level domain
   * list), and so the engine's email format, which only adds to it; unusual addresses go to that
   * format.
   */
  static boolean isPlainEmail(String value) {
    int at = value.indexOf('@');
    if (at < 1 || at > 64 || value.length() > 254) {
      return false;
    }
    if (!dotted(value, 0, at, true)) {
      return false;
    }
    int dot = value.lastIndexOf('.');
    if (dot <= at + 1 || !TOP_LEVEL.contains(value.substring(dot + 1))) {
      return false;
    }
    return dotted(value, at + 1, dot, false);
  }

  private static final java.util.Set<String> TOP_LEVEL =
      java.util.Set.of("com", "org", "net", "edu");

  /** Non-empty dot-separated runs: of local-part characters, or of domain labels. */
  private static boolean dotted(String value, int from, int to, boolean local) {
    int run = 0;
    for (int i = from; i < to; i++) {
      char c = value.charAt(i);
      if (c == '.') {
        if (run == 0 || (!local && value.charAt(i - 1) == '-')) {
          return false;
        }
        run = 0;
        continue;
      }
      boolean alphanumeric =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      boolean allowed =
          alphanumeric || (local ? c == '_' || c == '+' || c == '-' : c == '-' && run > 0);
      if (!allowed || ++run > 63) {
        return false;
      }
    }
    return run > 0 && (local || value.charAt(to - 1) != '-');
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
