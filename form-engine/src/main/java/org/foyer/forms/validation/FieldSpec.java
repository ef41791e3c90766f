package org.foyer.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.foyer.forms.definition.FieldUi;
import org.foyer.forms.definition.Widget;

/**
 * What converting one field's posted strings needs from its definition, looked up once per
 * definition rather than on every post: its schema, JSON type, length cap and, for a repeatable
 * group, its columns.
 */
final class FieldSpec {

  final FieldUi ui;
  final String name;
  final String pointer;
  final JsonNode schema;
  final String type;
  final boolean multiLine;
  final int maxLength;
  final List<FieldSpec> columns;

  FieldSpec(FieldUi ui, JsonNode schema, ParseLimits limits) {
    this.ui = ui;
    this.name = ui.field();
    this.pointer = "/" + name;
    this.schema = schema;
    this.type = schema.path("type").asText();
    this.multiLine = ui.widget() == Widget.LONG_TEXT;
    int hardCap =
        multiLine
            ? limits.maxValueChars()
            : Math.min(ValueConverter.DEFAULT_SHORT, limits.maxValueChars());
    JsonNode declared = schema.get("maxLength");
    this.maxLength =
        declared != null && declared.canConvertToInt()
            ? Math.min(declared.intValue(), limits.maxValueChars())
            : hardCap;
    List<FieldSpec> cells = new ArrayList<>();
    JsonNode items = schema.path("items").path("properties");
    for (FieldUi column : ui.columns()) {
      cells.add(new FieldSpec(column, items.path(column.field()), limits));
    }
    this.columns = List.copyOf(cells);
  }
}
