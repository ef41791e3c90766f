package org.foyer.templates;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A manifest's engine compatibility range: space-separated comparisons that must all hold, such as
 * {@code ">=0.1.0 <1.0.0"}. Deliberately small; packs need no more.
 */
final class EngineRange {

  private static final Pattern PART =
      Pattern.compile("(>=|<=|>|<|=)([0-9]{1,5})\\.([0-9]{1,5})\\.([0-9]{1,5})");

  private EngineRange() {}

  static boolean isValid(String range) {
    if (range == null || range.isBlank() || range.length() > 100) {
      return false;
    }
    for (String part : range.trim().split("\\s+")) {
      if (!PART.matcher(part).matches()) {
        return false;
      }
    }
    return true;
  }

  static boolean accepts(String range, String version) {
    int[] v = parse(version.replaceFirst("-.*$", ""));
    for (String part : range.trim().split("\\s+")) {
      Matcher m = PART.matcher(part);
      m.matches();
      int c = compare(v, new int[] {num(m, 2), num(m, 3), num(m, 4)});
      boolean holds =
          switch (m.group(1)) {
            case ">=" -> c >= 0;
            case "<=" -> c <= 0;
            case ">" -> c > 0;
            case "<" -> c < 0;
            default -> c == 0;
          };
      if (!holds) {
        return false;
      }
    }
    return true;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  private static int[] parse(String version) {
    String[] parts = version.split("\\.");
    int[] v = new int[3];
    for (int i = 0; i < 3 && i < parts.length; i++) {
      v[i] = Integer.parseInt(parts[i]);
    }
    return v;
  }

  private static int compare(int[] a, int[] b) {
    for (int i = 0; i < 3; i++) {
      if (a[i] != b[i]) {
        return Integer.compare(a[i], b[i]);
      }
    }
    return 0;
  }
}
