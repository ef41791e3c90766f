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
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.layout.Widget;

/**
 * Converts the strings of one posted field into its JSON value, strictly: "12abc" is not a number,
 * "on" is not a yes. Returns null for no answer or a refused one (with its error added).
 */
final class ValueConverter {

  static final int DEFAULT_SHORT = 500;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  JsonNode convert(FieldSpec field, List<String> values, String pointer, List<FieldError> errors) {
    if (field.ui.widget() == Widget.CHECKBOXES) {
      return choices(field.schema, values, pointer, errors);
    }
    if (values.size() > 1) {
      errors.add(FieldError.of(pointer, ErrorCode.TOO_MANY_VALUES));
      return null;
    }
    String raw = values.get(0);
    String value = field.multiLine ? raw.replace("\r\n", "\n") : raw.strip();
    if (value.isEmpty()) {
      return null;
    }
    if (value.length() > field.maxLength) {
      errors.add(FieldError.of(pointer, ErrorCode.TOO_LONG, field.maxLength));
      return null;
    }
    if (!Texts.isClean(value, field.multiLine)) {
      errors.add(FieldError.of(pointer, ErrorCode.INVALID_CHARACTERS));
      return null;
    }
    return scalar(field.type, value, pointer, errors);
  }

  JsonNode scalar(String type, String value, String pointer, List<FieldError> errors) {
    switch (type) {
      case "integer" -> {
        if (!isNumeral(value, false)) {
          errors.add(FieldError.of(pointer, ErrorCode.NOT_A_WHOLE_NUMBER));
          return null;
        }
        return NODES.numberNode(Long.parseLong(value));
      }
      case "number" -> {
        if (!isNumeral(value, true)) {
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
    if (!isBlobId(ref.path("ref").asText()) || !isSha256(ref.path("sha256").asText())) {
      errors.add(FieldError.of(pointer, ErrorCode.INVALID_REFERENCE));
      return null;
    }
    return ref;
  }

  /**
   * A blob id as the platform issues them: a letter or digit, then up to 199 of letters, digits and
   * {@code : . _ / -}. Written out rather than as a regular expression, which cost more than the
   * rest of converting a reference.
   */
  static boolean isBlobId(String ref) {
    if (ref.isEmpty() || ref.length() > 200 || !isAlphanumeric(ref.charAt(0))) {
      return false;
    }
    for (int i = 1; i < ref.length(); i++) {
      char c = ref.charAt(i);
      if (!isAlphanumeric(c) && c != ':' && c != '.' && c != '_' && c != '/' && c != '-') {
        return false;
      }
    }
    return true;
  }

  /**
   * A whole number {@code -?(0|[1-9][0-9]{0,14})}, with {@code fraction} optionally followed by a
   * point and one to ten digits. Written out: the regular expressions cost more than the rest of
   * converting a number.
   */
  static boolean isNumeral(String value, boolean fraction) {
    int i = value.startsWith("-") ? 1 : 0;
    int start = i;
    while (i < value.length() && isDigit(value.charAt(i))) {
      i++;
    }
    int digits = i - start;
    if (digits == 0 || digits > 15 || (digits > 1 && value.charAt(start) == '0')) {
      return false;
    }
    if (i == value.length()) {
      return true;
    }
    if (!fraction || value.charAt(i) != '.') {
      return false;
    }
    int point = ++i;
    while (i < value.length() && isDigit(value.charAt(i))) {
      i++;
    }
    return i == value.length() && i - point >= 1 && i - point <= 10;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** 64 lower-case hexadecimal digits. */
  static boolean isSha256(String sha) {
    if (sha.length() != 64) {
      return false;
    }
    for (int i = 0; i < sha.length(); i++) {
      char c = sha.charAt(i);
      if (!(c >= '0' && c <= '9') && !(c >= 'a' && c <= 'f')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAlphanumeric(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }
}
