package org.foyer.forms.render;

import java.util.Map;

/**
 * The optional attributes of a text, select or textarea control, assembled once in Java from
 * escaped values. Doing this in the template cost a macro call and nine conditions per field.
 */
final class Attributes {

  private Attributes() {}

  static SafeHtml of(Map<String, Object> v) {
    StringBuilder a = new StringBuilder(96);
    text(a, "aria-describedby", v.get("describedBy"));
    flag(a, "aria-invalid=\"true\"", v.get("invalid"));
    flag(a, "aria-required=\"true\"", v.get("ariaRequired"));
    flag(a, "readonly", v.get("readonly"));
    flag(a, "disabled", v.get("disabled"));
    text(a, "placeholder", v.get("placeholder"));
    text(a, "maxlength", v.get("maxlength"));
    text(a, "autocomplete", v.get("autocomplete"));
    text(a, "inputmode", v.get("inputmode"));
    return SafeHtml.trusted(a.toString());
  }

  private static void text(StringBuilder a, String name, Object value) {
    String s = (String) value;
    if (!s.isEmpty()) {
      a.append(' ').append(name).append("=\"").append(Html.escape(s)).append('"');
    }
  }

  private static void flag(StringBuilder a, String attribute, Object value) {
    if (Boolean.TRUE.equals(value)) {
      a.append(' ').append(attribute);
    }
  }
}
