package org.foyer.forms.validation;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The grammar of input names in a posted form: {@code field}, {@code group[row].column} for a
 * repeatable group, and {@code field.part} for the parts of a signature or file reference.
 */
record PostedNames(String field, int row, String part) {

  private static final String ID = "[A-Za-z][A-Za-z0-9_-]{0,63}";
  private static final Pattern NAME =
      Pattern.compile("(" + ID + ")(?:\\[([0-9]{1,3})\\]\\.(" + ID + ")|\\.(" + ID + "))?");

  /** Returns null for a name outside the grammar. */
  static PostedNames parse(String name) {
    Matcher m = NAME.matcher(name);
    if (!m.matches()) {
      return null;
    }
    if (m.group(2) != null) {
      return new PostedNames(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
    }
    return new PostedNames(m.group(1), -1, m.group(4));
  }

  boolean isCell() {
    return row >= 0;
  }

  static String cell(String field, int row, String column) {
    return field + "[" + row + "]." + column;
  }
}
