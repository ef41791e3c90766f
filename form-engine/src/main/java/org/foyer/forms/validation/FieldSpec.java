package org.foyer.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.Widget;

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

  /** For a group: each column's input names and answer pointers by row, built once. */
  private final Map<String, String[]> cellNames = new HashMap<>();

  private final Map<String, String[]> cellPointers = new HashMap<>();

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
    if (ui.widget() == Widget.REPEAT) {
      for (FieldUi column : ui.columns()) {
        String[] names = new String[limits.maxRows()];
        String[] pointers = new String[limits.maxRows()];
        for (int row = 0; row < names.length; row++) {
          names[row] = PostedNames.cell(name, row, column.field());
          pointers[row] = cellPointer(name, row, column.field());
        }
        cellNames.put(column.field(), names);
        cellPointers.put(column.field(), pointers);
      }
    }
  }

  /** The input name of one cell of this group, {@code group[row].column}. */
  String cellName(int row, String column) {
    String[] names = cellNames.get(column);
    return names != null && row < names.length ? names[row] : PostedNames.cell(name, row, column);
  }

  /** The answer pointer of one cell of this group, {@code /group/row/column}. */
  String cellPointer(int row, String column) {
    String[] pointers = cellPointers.get(column);
    return pointers != null && row < pointers.length
        ? pointers[row]
        : cellPointer(name, row, column);
  }

  private static String cellPointer(String group, int row, String column) {
    return "/" + group + "/" + row + "/" + column;
  }
}
