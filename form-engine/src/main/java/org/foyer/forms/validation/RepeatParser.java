package org.foyer.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;

/**
 * Parses a repeatable group posted as {@code group[row].column}, given as its cells by row. The
 * page always shows a fixed number of rows, so rows left entirely blank are dropped rather than
 * reported, and the remaining rows are renumbered from 0 (the typed values are renumbered too, so
 * errors line up on re-render).
 */
final class RepeatParser {

  private final ValueConverter converter;
  private final ParseLimits limits;

  RepeatParser(ValueConverter converter, ParseLimits limits) {
    this.converter = converter;
    this.limits = limits;
  }

  JsonNode parse(
      FieldSpec group,
      TreeMap<Integer, Map<String, List<String>>> rows,
      Map<String, List<String>> typed,
      List<FieldError> errors) {
    String field = group.name;
    int maxRows = Math.min(group.schema.path("maxItems").asInt(limits.maxRows()), limits.maxRows());
    for (Map.Entry<Integer, Map<String, List<String>>> row : rows.entrySet()) {
      for (String column : row.getValue().keySet()) {
        typed.remove(group.cellName(row.getKey(), column));
      }
    }
    ArrayNode array = JsonNodeFactory.instance.arrayNode();
    for (Map<String, List<String>> row : rows.values()) {
      if (isBlank(row)) {
        continue;
      }
      int index = array.size();
      if (index >= maxRows) {
        errors.add(FieldError.of("/" + field, ErrorCode.TOO_MANY_ITEMS, maxRows));
        return null;
      }
      ObjectNode item = array.addObject();
      for (FieldSpec column : group.columns) {
        List<String> values = row.get(column.name);
        if (values == null) {
          continue;
        }
        typed.put(group.cellName(index, column.name), values);
        String pointer = group.cellPointer(index, column.name);
        JsonNode value = converter.convert(column, values, pointer, errors);
        if (value != null) {
          item.set(column.name, value);
        }
      }
    }
    return array.isEmpty() ? null : array;
  }

  private static boolean isBlank(Map<String, List<String>> row) {
    for (List<String> values : row.values()) {
      for (String v : values) {
        if (!v.isBlank()) {
          return false;
        }
      }
    }
    return true;
  }
}
