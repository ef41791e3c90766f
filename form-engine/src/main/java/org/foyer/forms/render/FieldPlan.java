package org.foyer.forms.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foyer.forms.definition.FieldUi;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.Widget;
import org.foyer.forms.validation.ParseLimits;

/**
 * What the built-in layout writes for one field that never changes between renders in one language:
 * labels, help, option labels and static attributes, escaped once. {@link BuiltInFields} adds what
 * does change (values, errors, checked states, rule effects).
 */
final class FieldPlan {

  final FieldUi ui;
  final Widget widget;
  final String kind;
  final String field;
  final String targetHtml;

  /** The label as the error summary and row legends show it (unescaped). */
  final String label;

  final String labelHtml;
  final String help;
  final String helpHtml;
  final String inputTypeHtml;

  /** placeholder, maxlength, autocomplete and inputmode: the attributes no render changes. */
  final String staticAttrs;

  final boolean textual;
  final boolean schemaRequired;
  final String[] optionValues;
  final String[] optionValuesHtml;
  final String[] optionLabelsHtml;
  final JsonNode schema;

  /** Top-level fields only: their element id and input name never change. */
  final String id;

  final String idHtml;
  final String nameHtml;

  /** Repeatable groups only. */
  final List<FieldPlan> columns;

  final int maxRows;
  final String addLabelHtml;

  FieldPlan(
      FormDefinition definition,
      FieldUi ui,
      JsonNode schema,
      boolean schemaRequired,
      Locale locale,
      Map<String, Object> texts) {
    this.ui = ui;
    this.widget = ui.widget();
    this.kind = FieldViews.kind(widget);
    this.field = ui.field();
    this.targetHtml = Html.escape(field);
    String text = ui.label().text(locale);
    this.label = text.isEmpty() ? field : text;
    this.labelHtml = Html.escape(label);
    this.help = ui.help().text(locale);
    this.helpHtml = Html.escape(help);
    this.inputTypeHtml = Html.escape(FieldViews.inputType(widget));
    this.staticAttrs =
        attribute(
                "placeholder",
                FieldViews.hasPlaceholder(widget) ? ui.placeholder().text(locale) : "")
            + attribute("maxlength", FieldViews.maxLength(widget, schema))
            + attribute("autocomplete", FieldViews.autocomplete(definition, ui))
            + attribute("inputmode", FieldViews.inputMode(widget, schema));
    this.textual = widget != Widget.SELECT && !widget.isChoice() && widget != Widget.YES_NO;
    this.schemaRequired = schemaRequired;
    this.schema = schema;
    List<String[]> choices =
        widget.isChoice() || widget == Widget.YES_NO
            ? FieldViews.choices(ui, schema, locale, texts)
            : List.of();
    this.optionValues = new String[choices.size()];
    this.optionValuesHtml = new String[choices.size()];
    this.optionLabelsHtml = new String[choices.size()];
    for (int i = 0; i < choices.size(); i++) {
      optionValues[i] = choices.get(i)[0];
      optionValuesHtml[i] = Html.escape(choices.get(i)[0]);
      optionLabelsHtml[i] = Html.escape(choices.get(i)[1]);
    }
    this.id = ViewContext.id(field);
    this.idHtml = Html.escape(id);
    this.nameHtml = Html.escape(field);
    List<FieldPlan> cells = new ArrayList<>();
    if (widget == Widget.REPEAT) {
      JsonNode items = schema.path("items");
      for (FieldUi column : ui.columns()) {
        cells.add(
            new FieldPlan(
                definition,
                column,
                items.path("properties").path(column.field()),
                FieldViews.contains(items.path("required"), column.field()),
                locale,
                texts));
      }
    }
    this.columns = List.copyOf(cells);
    this.maxRows =
        Math.min(
            schema.path("maxItems").asInt(ParseLimits.DEFAULT.maxRows()),
            ParseLimits.DEFAULT.maxRows());
    this.addLabelHtml = Html.escape(texts.get("addRow") + ": " + label);
  }

  private static String attribute(String name, String value) {
    return value.isEmpty() ? "" : " " + name + "=\"" + Html.escape(value) + "\"";
  }
}
