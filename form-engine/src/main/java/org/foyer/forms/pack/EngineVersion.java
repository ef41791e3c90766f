package org.foyer.forms.pack;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Version of the definition format and pack contract, and the range syntax packs use to say which
 * engines they work with: Maven style, {@code [1.0,2.0)} (1.0 inclusive to 2.0 exclusive), {@code
 * [1.0,)} (1.0 or later) or a bare {@code 1.0} meaning exactly that minor version line.
 */
public final class EngineVersion {

  public static final String CURRENT = "1.0.0";
  private static final Pattern VERSION =
      Pattern.compile("(\\d{1,4})(?:\\.(\\d{1,4}))?(?:\\.(\\d{1,4}))?");
  private static final Pattern RANGE =
      Pattern.compile("([\\[(])\\s*([0-9.]*)\\s*,\\s*([0-9.]*)\\s*([\\])])");

  private EngineVersion() {}

  /** Returns null when the range is well formed, else why not. */
  static String rangeProblem(String range) {
    if (range == null) {
      return "is required";
    }
    if (VERSION.matcher(range).matches()) {
      return null;
    }
    Matcher m = RANGE.matcher(range);
    if (!m.matches()
        || (!m.group(2).isEmpty() && !VERSION.matcher(m.group(2)).matches())
        || (!m.group(3).isEmpty() && !VERSION.matcher(m.group(3)).matches())) {
      return "must be a version range like \"[1.0,2.0)\"";
    }
    return null;
  }

  static boolean accepts(String range, String version) {
    int v = number(version);
    if (VERSION.matcher(range).matches()) {
      return number(range) / 1_000_000 == v / 1_000_000
          && (number(range) / 1_000) % 1_000 == (v / 1_000) % 1_000;
    }
    Matcher m = RANGE.matcher(range);
    if (!m.matches()) {
      return false;
    }
    boolean lowerOk =
        m.group(2).isEmpty()
            || (m.group(1).equals("[") ? v >= number(m.group(2)) : v > number(m.group(2)));
    boolean upperOk =
        m.group(3).isEmpty()
            || (m.group(4).equals("]") ? v <= number(m.group(3)) : v < number(m.group(3)));
    return lowerOk && upperOk;
  }

  static boolean isVersion(String text) {
    return text != null && VERSION.matcher(text).matches();
  }

  private static int number(String version) {
    Matcher m = VERSION.matcher(version);
    if (!m.matches()) {
      throw new IllegalArgumentException("Not a version: " + version);
    }
    int major = Integer.parseInt(m.group(1));
    int minor = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int patch = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return major * 1_000_000 + minor * 1_000 + patch;
  }
}
