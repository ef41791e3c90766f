package org.foyer.forms.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Set;
import org.foyer.forms.definition.Widget;

/**
 * Writes the built-in layout's field markup straight from a {@link FieldPlan} and the render's
 * state, without the view maps pack layouts need. It writes exactly what {@code form.vm} writes
 * from {@link FieldViews} and {@link FieldHtml} (a test holds the two to the same output).
 */
final class BuiltInFields {

  private final ViewContext ctx;
  private final FormPlan plan;
  private final StringBuilder out;

  // The field being written; set by write() so the helpers need not pass eight arguments around.
  private FieldPlan p;
  private String idHtml;
  private String nameHtml;
  private String errorHtml;
  private String describedBy;
  private boolean invalid;
  private boolean required;
  private boolean readOnly;
  private boolean hidden;
  private boolean locked;

  BuiltInFields(ViewContext ctx, FormPlan plan, StringBuilder out) {
    this.ctx = ctx;
    this.plan = plan;
    this.out = out;
  }

  void topLevel(FieldPlan field) {
    String name = field.field;
    boolean isLocked = ctx.state.locked().contains(name);
    write(
        field,
        name,
        field.id,
        field.idHtml,
        field.nameHtml,
        "/" + name,
        ctx.answer(name),
        field.schemaRequired || ctx.outcome.isRequired(name),
        field.ui.readOnly() || isLocked || ctx.outcome.isDisabled(name),
        ctx.outcome.isHidden(name),
        isLocked);
  }

  private void write(
      FieldPlan field,
      String inputName,
      String id,
      String fieldIdHtml,
      String fieldNameHtml,
      String pointer,
      JsonNode answer,
      boolean isRequired,
      boolean isReadOnly,
      boolean isHidden,
      boolean isLocked) {
    String error = ctx.error(pointer);
    this.p = field;
    this.idHtml = fieldIdHtml;
    this.nameHtml = fieldNameHtml;
    this.errorHtml = Html.escape(error);
    this.invalid = !error.isEmpty();
    this.describedBy =
        field.help.isEmpty()
            ? (invalid ? fieldIdHtml + "-error" : "")
            : (invalid ? fieldIdHtml + "-help " + fieldIdHtml + "-error" : fieldIdHtml + "-help");
    this.required = isRequired;
    this.readOnly = isReadOnly;
    this.hidden = isHidden;
    this.locked = isLocked;
    if (invalid) {
      boolean choice = field.kind.equals("radio") || field.kind.equals("checkbox");
      ctx.errorTargets.put(pointer, choice && field.optionValues.length > 0 ? id + "-0" : id);
      ctx.errorLabels.put(pointer, field.label);
    }
    switch (field.kind) {
      case "info" -> {
        out.append("<p class=\"foyer-info\" id=\"").append(idHtml).append('"');
        target();
        out.append('>').append(field.labelHtml).append("</p>\n");
      }
      case "input", "textarea", "select" -> control(inputName, answer);
      case "radio", "checkbox" -> choices(inputName, answer);
      case "repeat" -> repeat(inputName, answer);
      case "signature" -> signature(inputName, answer);
      case "file" -> file(inputName, answer);
      default -> throw new IllegalStateException("Unknown field kind " + field.kind);
    }
  }

  private void control(String inputName, JsonNode answer) {
    FieldPlan field = p;
    out.append("<div class=\"foyer-field");
    if (invalid) {
      out.append(" foyer-invalid");
    }
    out.append('"');
    target();
    out.append(">\n<label for=\"").append(idHtml).append("\">");
    label();
    out.append("</label>\n");
    notes();
    switch (field.kind) {
      case "input" -> {
        out.append("<input type=\"").append(field.inputTypeHtml).append("\" ");
        common();
        out.append(" value=\"");
        escapeInto(value(inputName, answer));
        out.append('"');
        attributes();
        out.append(">\n");
      }
      case "textarea" -> {
        out.append("<textarea ");
        common();
        out.append(" rows=\"5\"");
        attributes();
        out.append('>');
        escapeInto(value(inputName, answer));
        out.append("</textarea>\n");
      }
      default -> {
        out.append("<select ");
        common();
        attributes();
        out.append(">\n<option value=\"\">").append(plan.text("choose")).append("</option>\n");
        Set<String> selected = selected(inputName, answer);
        for (int i = 0; i < field.optionValues.length; i++) {
          out.append("<option value=\"").append(field.optionValuesHtml[i]).append('"');
          if (selected.contains(field.optionValues[i])) {
            out.append(" selected");
          }
          out.append('>').append(field.optionLabelsHtml[i]).append("</option>\n");
        }
        out.append("</select>\n");
      }
    }
    out.append("</div>\n");
  }

  private void choices(String inputName, JsonNode answer) {
    FieldPlan field = p;
    open("foyer-field foyer-choice", false, true);
    notes();
    Set<String> selected = selected(inputName, answer);
    boolean disabled = readOnly && !field.textual;
    for (int i = 0; i < field.optionValues.length; i++) {
      out.append("<div class=\"foyer-option\"><input type=\"")
          .append(field.inputTypeHtml)
          .append("\" id=\"")
          .append(idHtml)
          .append('-')
          .append(i)
          .append("\" name=\"")
          .append(nameHtml)
          .append("\" value=\"")
          .append(field.optionValuesHtml[i])
          .append('"');
      if (selected.contains(field.optionValues[i])) {
        out.append(" checked");
      }
      if (invalid) {
        out.append(" aria-invalid=\"true\"");
      }
      if (disabled) {
        out.append(" disabled");
      }
      out.append("> <label for=\"")
          .append(idHtml)
          .append('-')
          .append(i)
          .append("\">")
          .append(field.optionLabelsHtml[i])
          .append("</label></div>\n");
    }
    out.append("</fieldset>\n");
  }

  private void repeat(String name, JsonNode answers) {
    FieldPlan group = p;
    String groupNameHtml = nameHtml;
    boolean groupReadOnly = readOnly;
    open("foyer-field foyer-repeat", true, true);
    notes();
    int count = Math.max(group.ui.rows(), answers.isArray() ? answers.size() : 0);
    count = Math.max(count, RepeatViews.typedRows(ctx.state, name));
    count = Math.min(group.maxRows, count + ctx.state.extraRows().getOrDefault(name, 0));
    for (int row = 0; row < count; row++) {
      String legend = group.label + " " + (row + 1);
      out.append("<fieldset class=\"foyer-row\">\n<legend>");
      escapeInto(legend);
      out.append("</legend>\n");
      JsonNode rowAnswers = answers.path(row);
      for (FieldPlan column : group.columns) {
        String inputName = name + "[" + row + "]." + column.field;
        String pointer = "/" + name + "/" + row + "/" + column.field;
        String id = ViewContext.id(inputName);
        write(
            column,
            inputName,
            id,
            Html.escape(id),
            Html.escape(inputName),
            pointer,
            rowAnswers.path(column.field),
            column.schemaRequired,
            groupReadOnly,
            false,
            false);
        if (invalid) {
          ctx.errorLabels.put(pointer, legend + ": " + column.label);
        }
      }
      out.append("</fieldset>\n");
    }
    if (count < group.maxRows && !groupReadOnly) {
      out.append("<button type=\"submit\" class=\"foyer-add-row\" name=\"_add\" value=\"")
          .append(groupNameHtml)
          .append("\" data-foyer-max=\"")
          .append(group.maxRows)
          .append("\" data-foyer-legend=\"");
      escapeInto(group.label);
      out.append("\" data-foyer-remove=\"")
          .append(plan.text("removeRow"))
          .append("\" formnovalidate>")
          .append(group.addLabelHtml)
          .append("</button>\n");
    }
    out.append("</fieldset>\n");
  }

  private void signature(String inputName, JsonNode answer) {
    open("foyer-field foyer-signature", false, false);
    error();
    if (!p.help.isEmpty()) {
      out.append("<p class=\"foyer-intent\" id=\"")
          .append(idHtml)
          .append("-help\">")
          .append(p.helpHtml)
          .append("</p>\n");
    }
    out.append("<label for=\"")
        .append(idHtml)
        .append("\">")
        .append(plan.text("typedName"))
        .append("</label>\n<input type=\"text\" id=\"")
        .append(idHtml)
        .append("\" name=\"")
        .append(nameHtml)
        .append(".typedName\" value=\"");
    escapeInto(part(inputName, answer, "typedName"));
    out.append("\" autocomplete=\"name\"");
    describedBy();
    if (invalid) {
      out.append(" aria-invalid=\"true\"");
    }
    if (required) {
      out.append(" aria-required=\"true\"");
    }
    if (readOnly && p.textual) {
      out.append(" readonly");
    }
    out.append(">\n<div class=\"foyer-signature-pad\" data-foyer-signature=\"")
        .append(nameHtml)
        .append("\" data-foyer-clear=\"")
        .append(plan.text("clearPad"))
        .append("\" hidden>\n<p class=\"foyer-help\">")
        .append(plan.text("pad"))
        .append("</p>\n</div>\n");
    hiddenPart(inputName, answer, "ref");
    hiddenPart(inputName, answer, "sha256");
    out.append("</fieldset>\n");
  }

  private void file(String inputName, JsonNode answer) {
    open("foyer-field foyer-file", false, false);
    notes();
    String fileName = part(inputName, answer, "name");
    if (!fileName.isEmpty()) {
      out.append("<p class=\"foyer-current-file\">").append(plan.text("currentFile")).append(' ');
      escapeInto(fileName);
      out.append("</p>\n");
    }
    out.append("<label for=\"")
        .append(idHtml)
        .append("\">")
        .append(plan.text("chooseFile"))
        .append("</label>\n<input type=\"file\" id=\"")
        .append(idHtml)
        .append("\" name=\"_upload.")
        .append(nameHtml)
        .append('"');
    describedBy();
    if (invalid) {
      out.append(" aria-invalid=\"true\"");
    }
    if (readOnly && p.textual) {
      out.append(" disabled");
    }
    out.append(">\n");
    hiddenPart(inputName, answer, "ref");
    hiddenPart(inputName, answer, "sha256");
    hiddenPart(inputName, answer, "name");
    hiddenPart(inputName, answer, "mediaType");
    out.append("</fieldset>\n");
  }

  private void open(String classes, boolean withId, boolean described) {
    out.append("<fieldset class=\"").append(classes);
    if (invalid) {
      out.append(" foyer-invalid");
    }
    out.append('"');
    if (withId) {
      out.append(" id=\"").append(idHtml).append('"');
    }
    out.append(" data-foyer-target=\"").append(p.targetHtml).append('"');
    if (described) {
      describedBy();
    }
    if (hidden) {
      out.append(" hidden");
    }
    out.append(">\n<legend>");
    label();
    out.append("</legend>\n");
  }

  private void common() {
    out.append("id=\"").append(idHtml).append("\" name=\"").append(nameHtml).append('"');
  }

  private void attributes() {
    describedBy();
    if (invalid) {
      out.append(" aria-invalid=\"true\"");
    }
    if (required && p.widget != Widget.DATE) {
      out.append(" aria-required=\"true\"");
    }
    if (readOnly && p.textual) {
      out.append(" readonly");
    }
    if (readOnly && !p.textual) {
      out.append(" disabled");
    }
    out.append(p.staticAttrs);
  }

  private void target() {
    out.append(" data-foyer-target=\"").append(p.targetHtml).append('"');
    if (hidden) {
      out.append(" hidden");
    }
  }

  private void label() {
    out.append(p.labelHtml);
    if (required) {
      out.append(" <span class=\"foyer-required\">")
          .append(plan.text("required"))
          .append("</span>");
    }
  }

  private void notes() {
    if (!p.help.isEmpty()) {
      out.append("<p class=\"foyer-help\" id=\"")
          .append(idHtml)
          .append("-help\">")
          .append(p.helpHtml)
          .append("</p>\n");
    }
    if (locked) {
      out.append("<p class=\"foyer-locked\">").append(plan.text("lockedNote")).append("</p>\n");
    }
    error();
  }

  private void error() {
    if (invalid) {
      out.append("<p class=\"foyer-error\" id=\"")
          .append(idHtml)
          .append("-error\"><span class=\"foyer-visually-hidden\">")
          .append(plan.text("errorPrefix"))
          .append("</span> ")
          .append(errorHtml)
          .append("</p>\n");
    }
  }

  private void describedBy() {
    if (!describedBy.isEmpty()) {
      out.append(" aria-describedby=\"").append(describedBy).append('"');
    }
  }

  private void hiddenPart(String inputName, JsonNode answer, String part) {
    out.append("<input type=\"hidden\" name=\"")
        .append(nameHtml)
        .append('.')
        .append(part)
        .append("\" value=\"");
    escapeInto(part(inputName, answer, part));
    out.append("\">\n");
  }

  private String value(String inputName, JsonNode answer) {
    List<String> typed =
        readOnly ? null : ctx.typed(p.widget.isBlobReference() ? inputName + ".ref" : inputName);
    return typed != null && !typed.isEmpty() ? typed.get(0) : FieldViews.scalarText(answer);
  }

  private Set<String> selected(String inputName, JsonNode answer) {
    return FieldViews.selected(readOnly ? null : ctx.typed(inputName), answer);
  }

  private String part(String inputName, JsonNode answer, String part) {
    List<String> typed = ctx.typed(inputName + "." + part);
    if (typed != null && !typed.isEmpty()) {
      return typed.get(0);
    }
    return answer == null ? "" : answer.path(part).asText("");
  }

  private void escapeInto(String text) {
    Html.escapeInto(out, text);
  }
}
