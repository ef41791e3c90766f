package org.foyer.forms.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.validation.ParseLimits;

/**
 * Rows of a repeatable group, rendered on the server: as many as were answered or typed, at least
 * the definition's initial rows, plus any the client asked for with "add row", up to the group's
 * maximum.
 */
final class RepeatViews {

  private final ViewContext ctx;
  private final FieldViews fields;

  RepeatViews(ViewContext ctx, FieldViews fields) {
    this.ctx = ctx;
    this.fields = fields;
  }

  void addRows(Map<String, Object> view, FieldUi ui, JsonNode schema) {
    String name = ui.field();
    JsonNode answers = ctx.answer(name);
    int max =
        Math.min(
            schema.path("maxItems").asInt(ParseLimits.DEFAULT.maxRows()),
            ParseLimits.DEFAULT.maxRows());
    int count = Math.max(ui.rows(), answers.isArray() ? answers.size() : 0);
    count = Math.max(count, typedRows(ctx.state, name));
    count = Math.min(max, count + ctx.state.extraRows().getOrDefault(name, 0));
    JsonNode items = schema.path("items");
    List<Object> rows = new ArrayList<>(count);
    String label = (String) view.get("label");
    boolean readOnly = (Boolean) view.get("readonly") || (Boolean) view.get("disabled");
    for (int row = 0; row < count; row++) {
      List<Object> cells = new ArrayList<>(ui.columns().size());
      for (FieldUi column : ui.columns()) {
        String inputName = name + "[" + row + "]." + column.field();
        String pointer = "/" + name + "/" + row + "/" + column.field();
        boolean required = contains(items.path("required"), column.field());
        Map<String, Object> cell =
            fields.build(
                column,
                items.path("properties").path(column.field()),
                inputName,
                pointer,
                answers.path(row).path(column.field()),
                required,
                readOnly);
        if (!((String) cell.get("error")).isEmpty()) {
          ctx.errorLabels.put(pointer, label + " " + (row + 1) + ": " + cell.get("label"));
        }
        cells.add(cell);
      }
      rows.add(Views.map("legend", label + " " + (row + 1), "cells", cells));
    }
    view.put("rows", rows);
    view.put("addLabel", ctx.texts.get("addRow") + ": " + label);
    view.put("canAdd", count < max && !readOnly);
    view.put("maxRows", String.valueOf(max));
  }

  /** How many rows of a group the user had when the post was rejected. */
  static int typedRows(FormState state, String name) {
    int rows = 0;
    String prefix = name + "[";
    for (String key : state.typed().keySet()) {
      if (key.startsWith(prefix)) {
        int end = key.indexOf(']');
        rows = Math.max(rows, Integer.parseInt(key.substring(prefix.length(), end)) + 1);
      }
    }
    return rows;
  }

  private static boolean contains(JsonNode array, String value) {
    for (JsonNode item : array) {
      if (item.asText().equals(value)) {
        return true;
      }
    }
    return false;
  }
}
