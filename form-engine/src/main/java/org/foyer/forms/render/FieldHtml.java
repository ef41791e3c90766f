package org.foyer.forms.render;

import java.util.List;
import java.util.Map;

/**
 * Writes one field's markup from its view map, escaping every value. The built-in layout inserts it
 * as {@code $field.html}: interpreting the same markup in Velocity, reference by reference, was
 * most of a form's render time. Pack layouts can still build their own markup from the view's other
 * keys.
 */
final class FieldHtml {

  private final Map<String, Object> texts;
  private final StringBuilder out = new StringBuilder(2048);

  private FieldHtml(Map<String, Object> texts) {
    this.texts = texts;
  }

  static SafeHtml of(Map<String, Object> v, Map<String, Object> texts) {
    FieldHtml html = new FieldHtml(texts);
    html.field(v);
    return SafeHtml.trusted(html.out.toString());
  }

  @SuppressWarnings("unchecked")
  private void field(Map<String, Object> v) {
    String kind = s(v, "kind");
    switch (kind) {
      case "info" -> {
        out.append("<p class=\"foyer-info\" id=\"").append(e(v, "id")).append('"');
        target(v);
        out.append('>').append(e(v, "label")).append("</p>\n");
      }
      case "input", "textarea", "select" -> control(v, kind);
      case "radio", "checkbox" -> {
        open(v, "foyer-field foyer-choice", false);
        notes(v);
        for (Map<String, Object> o : (List<Map<String, Object>>) v.get("options")) {
          out.append("<div class=\"foyer-option\"><input type=\"")
              .append(e(v, "inputType"))
              .append("\" id=\"")
              .append(e(o, "id"))
              .append("\" name=\"")
              .append(e(v, "name"))
              .append("\" value=\"")
              .append(e(o, "value"))
              .append('"');
          flag(o, "checked", " checked");
          flag(v, "invalid", " aria-invalid=\"true\"");
          flag(v, "disabled", " disabled");
          out.append("> <label for=\"")
              .append(e(o, "id"))
              .append("\">")
              .append(e(o, "label"))
              .append("</label></div>\n");
        }
        out.append("</fieldset>\n");
      }
      case "repeat" -> repeat(v);
      case "signature" -> signature(v);
      case "file" -> file(v);
      default -> throw new IllegalStateException("Unknown field kind " + kind);
    }
  }

  @SuppressWarnings("unchecked")
  private void control(Map<String, Object> v, String kind) {
    out.append("<div class=\"foyer-field");
    flag(v, "invalid", " foyer-invalid");
    out.append('"');
    target(v);
    out.append(">\n<label for=\"").append(e(v, "id")).append("\">");
    label(v);
    out.append("</label>\n");
    notes(v);
    String common = "id=\"" + e(v, "id") + "\" name=\"" + e(v, "name") + "\"";
    String attrs = v.get("attrs").toString();
    switch (kind) {
      case "input" ->
          out.append("<input type=\"")
              .append(e(v, "inputType"))
              .append("\" ")
              .append(common)
              .append(" value=\"")
              .append(e(v, "value"))
              .append('"')
              .append(attrs)
              .append(">\n");
      case "textarea" ->
          out.append("<textarea ")
              .append(common)
              .append(" rows=\"5\"")
              .append(attrs)
              .append('>')
              .append(e(v, "value"))
              .append("</textarea>\n");
      default -> {
        out.append("<select ")
            .append(common)
            .append(attrs)
            .append(">\n<option value=\"\">")
            .append(Html.escape((String) texts.get("choose")))
            .append("</option>\n");
        for (Map<String, Object> o : (List<Map<String, Object>>) v.get("options")) {
          out.append("<option value=\"").append(e(o, "value")).append('"');
          flag(o, "checked", " selected");
          out.append('>').append(e(o, "label")).append("</option>\n");
        }
        out.append("</select>\n");
      }
    }
    out.append("</div>\n");
  }

  @SuppressWarnings("unchecked")
  private void repeat(Map<String, Object> v) {
    open(v, "foyer-field foyer-repeat", true);
    notes(v);
    for (Map<String, Object> row : (List<Map<String, Object>>) v.get("rows")) {
      out.append("<fieldset class=\"foyer-row\">\n<legend>")
          .append(e(row, "legend"))
          .append("</legend>\n");
      for (Map<String, Object> cell : (List<Map<String, Object>>) row.get("cells")) {
        field(cell);
      }
      out.append("</fieldset>\n");
    }
    if (Boolean.TRUE.equals(v.get("canAdd"))) {
      out.append("<button type=\"submit\" class=\"foyer-add-row\" name=\"_add\" value=\"")
          .append(e(v, "name"))
          .append("\" data-foyer-max=\"")
          .append(v.get("maxRows"))
          .append("\" data-foyer-legend=\"")
          .append(e(v, "label"))
          .append("\" data-foyer-remove=\"")
          .append(t("removeRow"))
          .append("\" formnovalidate>")
          .append(e(v, "addLabel"))
          .append("</button>\n");
    }
    out.append("</fieldset>\n");
  }

  private void signature(Map<String, Object> v) {
    if (Boolean.TRUE.equals(v.get("countersigned"))) {
      v.put("required", false);
      open(v, "foyer-field foyer-signature foyer-countersigned", false, false);
      out.append("<p class=\"foyer-help\">").append(t("clinicianSigns")).append("</p>\n");
      out.append("</fieldset>\n");
      return;
    }
    open(v, "foyer-field foyer-signature", false, false);
    error(v);
    if (!s(v, "intent").isEmpty()) {
      out.append("<p class=\"foyer-intent\" id=\"")
          .append(e(v, "helpId"))
          .append("\">")
          .append(e(v, "intent"))
          .append("</p>\n");
    }
    labelledInput(v, "typedName", "text");
    out.append(e(v, "name"))
        .append(".typedName\" value=\"")
        .append(e(v, "typedName"))
        .append("\" autocomplete=\"name\"");
    describedBy(v);
    flag(v, "invalid", " aria-invalid=\"true\"");
    flag(v, "required", " aria-required=\"true\"");
    flag(v, "readonly", " readonly");
    out.append(">\n<div class=\"foyer-signature-pad\" data-foyer-signature=\"")
        .append(e(v, "name"))
        .append("\" data-foyer-clear=\"")
        .append(t("clearPad"))
        .append("\" hidden>\n<p class=\"foyer-help\">")
        .append(t("pad"))
        .append("</p>\n</div>\n");
    blobRef(v);
    out.append("</fieldset>\n");
  }

  private void file(Map<String, Object> v) {
    open(v, "foyer-field foyer-file", false, false);
    notes(v);
    if (!s(v, "fileName").isEmpty()) {
      out.append("<p class=\"foyer-current-file\">")
          .append(t("currentFile"))
          .append(' ')
          .append(e(v, "fileName"))
          .append("</p>\n");
    }
    labelledInput(v, "chooseFile", "file");
    out.append("_upload.").append(e(v, "name")).append('"');
    describedBy(v);
    flag(v, "invalid", " aria-invalid=\"true\"");
    flag(v, "readonly", " disabled");
    out.append(">\n");
    blobRef(v);
    hidden(v, "name", "fileName");
    hidden(v, "mediaType", "mediaType");
    out.append("</fieldset>\n");
  }

  private void open(Map<String, Object> v, String classes, boolean withId) {
    open(v, classes, withId, true);
  }

  private void open(Map<String, Object> v, String classes, boolean withId, boolean described) {
    out.append("<fieldset class=\"").append(classes);
    flag(v, "invalid", " foyer-invalid");
    out.append('"');
    if (withId) {
      out.append(" id=\"").append(e(v, "id")).append('"');
    }
    out.append(" data-foyer-target=\"").append(e(v, "target")).append('"');
    if (described) {
      describedBy(v);
    }
    flag(v, "hidden", " hidden");
    out.append(">\n<legend>");
    label(v);
    out.append("</legend>\n");
  }

  private void target(Map<String, Object> v) {
    out.append(" data-foyer-target=\"").append(e(v, "target")).append('"');
    flag(v, "hidden", " hidden");
  }

  private void label(Map<String, Object> v) {
    out.append(e(v, "label"));
    if (Boolean.TRUE.equals(v.get("required"))) {
      out.append(" <span class=\"foyer-required\">").append(t("required")).append("</span>");
    }
  }

  private void notes(Map<String, Object> v) {
    if (!s(v, "help").isEmpty()) {
      out.append("<p class=\"foyer-help\" id=\"")
          .append(e(v, "helpId"))
          .append("\">")
          .append(e(v, "help"))
          .append("</p>\n");
    }
    if (Boolean.TRUE.equals(v.get("locked"))) {
      out.append("<p class=\"foyer-locked\">").append(t("lockedNote")).append("</p>\n");
    }
    error(v);
  }

  private void error(Map<String, Object> v) {
    if (!s(v, "error").isEmpty()) {
      out.append("<p class=\"foyer-error\" id=\"")
          .append(e(v, "errorId"))
          .append("\"><span class=\"foyer-visually-hidden\">")
          .append(t("errorPrefix"))
          .append("</span> ")
          .append(e(v, "error"))
          .append("</p>\n");
    }
  }

  private void describedBy(Map<String, Object> v) {
    if (!s(v, "describedBy").isEmpty()) {
      out.append(" aria-describedby=\"").append(e(v, "describedBy")).append('"');
    }
  }

  /** A label from the texts, then an input of {@code type} up to the opening quote of its name. */
  private void labelledInput(Map<String, Object> v, String labelKey, String type) {
    out.append("<label for=\"")
        .append(e(v, "id"))
        .append("\">")
        .append(t(labelKey))
        .append("</label>\n<input type=\"")
        .append(type)
        .append("\" id=\"")
        .append(e(v, "id"))
        .append("\" name=\"");
  }

  /** The stored blob's reference and hash, posted back unchanged. */
  private void blobRef(Map<String, Object> v) {
    hidden(v, "ref", "ref");
    hidden(v, "sha256", "sha256");
  }

  private void hidden(Map<String, Object> v, String part, String key) {
    out.append("<input type=\"hidden\" name=\"")
        .append(e(v, "name"))
        .append('.')
        .append(part)
        .append("\" value=\"")
        .append(e(v, key))
        .append("\">\n");
  }

  private void flag(Map<String, Object> v, String key, String text) {
    if (Boolean.TRUE.equals(v.get(key))) {
      out.append(text);
    }
  }

  private String t(String key) {
    return Html.escape((String) texts.get(key));
  }

  private static String s(Map<String, Object> v, String key) {
    Object value = v.get(key);
    return value == null ? "" : value.toString();
  }

  private static String e(Map<String, Object> v, String key) {
    return Html.escape(s(v, key));
  }
}
