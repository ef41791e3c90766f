package org.foyer.forms.pack;

import java.util.regex.Pattern;

/**
 * The file names a pack may contain. Anything else, and any name that could escape the pack when
 * written out (absolute, "..", backslashes, drive letters), is refused.
 */
final class PackPaths {

  private static final Pattern SAFE =
      Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9._-]*(/[A-Za-z0-9_-][A-Za-z0-9._-]*)*");
  private static final Pattern ALLOWED =
      Pattern.compile(
          "manifest\\.json|forms/[A-Za-z0-9_-]+\\.json|layouts/[A-Za-z0-9_/-]+\\.vm"
              + "|messages(_[a-z]{2,3})?\\.properties|(README|LICENSE|LICENCE|NOTICE)(\\.md|\\.txt)?");

  private PackPaths() {}

  /** Returns null when the name is acceptable, else the reason it is not. */
  static String problem(String name, int maxLength) {
    if (name.length() > maxLength) {
      return "path is longer than " + maxLength + " characters";
    }
    if (!SAFE.matcher(name).matches() || name.contains("..")) {
      return "unsafe path (absolute, parent directory or unusual characters)";
    }
    if (!ALLOWED.matcher(name).matches()) {
      return "unexpected file; a pack holds manifest.json, forms/*.json, layouts/*.vm and messages_*.properties";
    }
    return null;
  }
}
