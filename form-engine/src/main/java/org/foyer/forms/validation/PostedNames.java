package org.foyer.forms.validation;

/**
 * The grammar of input names in a posted form: {@code field}, {@code group[row].column} for a
 * repeatable group, and {@code field.part} for the parts of a signature or file reference.
 */
record PostedNames(String field, int row, String part) {

  /**
   * Returns null for a name outside the grammar. Hand-written rather than a regular expression: it
   * runs for every posted value and was the parser's hottest spot.
   */
  static PostedNames parse(String name) {
    int cut = 0;
    while (cut < name.length() && name.charAt(cut) != '[' && name.charAt(cut) != '.') {
      cut++;
    }
    if (!isId(name, 0, cut)) {
      return null;
    }
    String field = name.substring(0, cut);
    if (cut == name.length()) {
      return new PostedNames(field, -1, null);
    }
    if (name.charAt(cut) == '.') {
      return isId(name, cut + 1, name.length())
          ? new PostedNames(field, -1, name.substring(cut + 1))
          : null;
    }
    int close = name.indexOf(']', cut);
    if (close < 0
        || close - cut - 1 < 1
        || close - cut - 1 > 3
        || close + 1 >= name.length()
        || name.charAt(close + 1) != '.') {
      return null;
    }
    int row = 0;
    for (int i = cut + 1; i < close; i++) {
      char c = name.charAt(i);
      if (c < '0' || c > '9') {
        return null;
      }
      row = row * 10 + (c - '0');
    }
    return isId(name, close + 2, name.length())
        ? new PostedNames(field, row, name.substring(close + 2))
        : null;
  }

  /** Same rule as definition ids: a letter, then letters, digits, '-' or '_', at most 64. */
  private static boolean isId(String s, int from, int to) {
    if (to - from < 1 || to - from > 64 || !isLetter(s.charAt(from))) {
      return false;
    }
    for (int i = from + 1; i < to; i++) {
      char c = s.charAt(i);
      if (!isLetter(c) && !(c >= '0' && c <= '9') && c != '-' && c != '_') {
        return false;
      }
    }
    return true;
  }

  private static boolean isLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }

  boolean isCell() {
    return row >= 0;
  }

  static String cell(String field, int row, String column) {
    return field + "[" + row + "]." + column;
  }
}
