package org.foyer.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.FieldUi;
import org.foyer.forms.definition.Widget;

/**
 * Converts the strings of one posted field into its JSON value, strictly: "12abc" is not a number,
 * "on" is not a yes. Returns null for no answer or a refused one (with its error added).
 */
final class ValueConverter {

  static final Pattern INTEGER = Pattern.compile("-?(0|[1-9][0-9]{0,14})");
  static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]{1,10})?");
  static final Pattern REF = Pattern.compile("[A-Za-z0-9][A-Za-z0-9:._/-]{0,199}");
  static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
  static final int DEFAULT_SHORT = 500;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ParseLimits limits;

  ValueConverter(ParseLimits limits) {
    this.limits = limits;
  }

  JsonNode convert(
      FieldUi ui, JsonNode schema, List<String> values, String pointer, List<FieldError> errors) {
    if (ui.widget() == Widget.CHECKBOXES) {
      return choices(schema, values, pointer, errors);
    }
    if (values.size() > 1) {
      errors.add(FieldError.of(pointer, ErrorCode.TOO_MANY_VALUES));
      return null;
    }
    String raw = values.get(0);
    boolean multiLine = ui.widget() == Widget.LONG_TEXT;
    String value = multiLine ? raw.replace("\r\n", "\n") : raw.strip();
    if (value.isEmpty()) {
      return null;
    }
    int max = maxLength(schema, multiLine);
    if (value.length() > max) {
      errors.add(FieldError.of(pointer, ErrorCode.TOO_LONG, max));
      return null;
    }
    if (!Texts.isClean(value, multiLine)) {
      errors.add(FieldError.of(pointer, ErrorCode.INVALID_CHARACTERS));
      return null;
    }
    return scalar(schema.path("type").asText(), value, pointer, errors);
  }

  JsonNode scalar(String type, String value, String pointer, List<FieldError> errors) {
    switch (type) {
      case "integer" -> {
        if (!INTEGER.matcher(value).matches()) {
          errors.add(FieldError.of(pointer, ErrorCode.NOT_A_WHOLE_NUMBER));
          return null;
        }
        return NODES.numberNode(Long.parseLong(value));
      }
      case "number" -> {
        if (!DECIMAL.matcher(value).matches()) {
          errors.add(FieldError.of(pointer, ErrorCode.NOT_A_NUMBER));
          return null;
        }
        return NODES.numberNode(new BigDecimal(value));
      }
      case "boolean" -> {
        if (!value.equals("true") && !value.equals("false")) {
          errors.add(FieldError.of(pointer, ErrorCode.NOT_YES_OR_NO));
          return null;
        }
        return NODES.booleanNode(value.equals("true"));
      }
      default -> {
        return NODES.textNode(value);
      }
    }
  }

  private JsonNode choices(
      JsonNode schema, List<String> values, String pointer, List<FieldError> errors) {
    String itemType = schema.path("items").path("type").asText("string");
    int max = schema.path("items").path("enum").size();
    ArrayNode array = NODES.arrayNode();
    Set<String> seen = new HashSet<>();
    for (String raw : values) {
      String value = raw.strip();
      if (value.isEmpty()) {
        continue;
      }
      if (!seen.add(value)) {
        errors.add(FieldError.of(pointer, ErrorCode.DUPLICATE_ITEMS));
        return null;
      }
      if (seen.size() > Math.max(max, 1)) {
        errors.add(FieldError.of(pointer, ErrorCode.TOO_MANY_ITEMS, max));
        return null;
      }
      JsonNode item = scalar(itemType, value, pointer, errors);
      if (item == null) {
        return null;
      }
      array.add(item);
    }
    return array.isEmpty() ? null : array;
  }

  /** A signature or file reference: the parts posted as "field.ref", "field.sha256", ... */
  JsonNode reference(Map<String, List<String>> parts, String pointer, List<FieldError> errors) {
    ObjectNode ref = NODES.objectNode();
    for (Map.Entry<String, List<String>> part : parts.entrySet()) {
      if (part.getValue().size() > 1) {
        errors.add(FieldError.of(pointer, ErrorCode.TOO_MANY_VALUES));
        return null;
      }
      String value = part.getValue().get(0).strip();
      if (value.regionMatches(true, 0, "data:", 0, 5)) {
        errors.add(FieldError.of(pointer, ErrorCode.INLINE_DATA_REFUSED));
        return null;
      }
      if (value.length() > DEFAULT_SHORT || !Texts.isClean(value, false)) {
        errors.add(FieldError.of(pointer, ErrorCode.INVALID_REFERENCE));
        return null;
      }
      if (!value.isEmpty()) {
        ref.put(part.getKey(), value);
      }
    }
    if (ref.isEmpty()) {
      return null;
    }
    if (!REF.matcher(ref.path("ref").asText()).matches()
        || !SHA256.matcher(ref.path("sha256").asText()).matches()) {
      errors.add(FieldError.of(pointer, ErrorCode.INVALID_REFERENCE));
      return null;
    }
    return ref;
  }

  private int maxLength(JsonNode schema, boolean multiLine) {
    int hardCap =
        multiLine ? limits.maxValueChars() : Math.min(DEFAULT_SHORT, limits.maxValueChars());
    JsonNode declared = schema.get("maxLength");
    return declared != null && declared.canConvertToInt()
        ? Math.min(declared.intValue(), limits.maxValueChars())
        : hardCap;
  }
}
