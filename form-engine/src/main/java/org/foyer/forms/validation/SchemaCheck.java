package org.foyer.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;

/**
 * One JSON Schema checked in plain Java, for the handful of keywords form answers use, with the
 * errors networknt 1.5 reports for them, as {@link SchemaErrorMapper} translates them. A schema
 * with any other keyword, or with an unusual value for one of these (a union type, a numeric enum,
 * an unknown format), does not compile here and stays with networknt.
 *
 * <p>Each keyword mirrors its networknt validator: which value types it looks at, how it compares
 * ({@code minLength} counts code points, {@code pattern} searches rather than matches, an integer
 * bound truncates a decimal answer with {@code asLong}), and the order its errors come in (the
 * schema's own keyword order, but {@code properties} first), because the validator keeps only the
 * first error for each answer. {@code PostedValidationProperties} holds the two to the same errors.
 */
final class SchemaCheck {

  private final SchemaKeyword[] keywords;

  private SchemaCheck(List<SchemaKeyword> keywords) {
    this.keywords = keywords.toArray(SchemaKeyword[]::new);
  }

  void check(JsonNode value, String pointer, List<FieldError> errors) {
    for (SchemaKeyword keyword : keywords) {
      keyword.check(value, pointer, errors);
    }
  }

  /** The check of {@code schema}, or null when it uses anything this class does not mirror. */
  static SchemaCheck compile(JsonNode schema) {
    if (schema.isBoolean() && schema.booleanValue()) {
      return new SchemaCheck(List.of());
    }
    if (!schema.isObject()) {
      return null;
    }
    List<SchemaKeyword> keywords = new ArrayList<>();
    SchemaKeyword properties = null;
    String type = schema.path("type").asText(null);
    Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      JsonNode v = e.getValue();
      SchemaKeyword keyword;
      if (e.getKey().equals("properties")) {
        keyword = properties = properties(v);
      } else {
        keyword = keyword(e.getKey(), v, type, schema);
      }
      if (keyword == null) {
        return null;
      }
      if (keyword != properties) {
        keywords.add(keyword);
      }
    }
    if (properties != null) {
      keywords.add(0, properties);
    }
    return new SchemaCheck(List.copyOf(keywords));
  }

  private static SchemaKeyword keyword(String name, JsonNode v, String type, JsonNode schema) {
    return switch (name) {
      case "type" -> ValueKeywords.type(v);
      case "enum" -> ValueKeywords.enumeration(v);
      case "const" -> ValueKeywords.constant(v);
      case "format" -> ValueKeywords.format(v);
      case "pattern" -> ValueKeywords.pattern(v);
      case "minLength" -> ValueKeywords.length(v, true);
      case "maxLength" -> ValueKeywords.length(v, false);
      case "minimum" -> ValueKeywords.bound(v, type, true);
      case "maximum" -> ValueKeywords.bound(v, type, false);
      case "items" -> items(v);
      case "minItems" -> count(v, true);
      case "maxItems" -> count(v, false);
      case "uniqueItems" -> unique(v);
      case "required" -> required(v);
      case "additionalProperties" -> additional(v, schema.path("properties"));
      default -> null;
    };
  }

  private static SchemaKeyword items(JsonNode v) {
    SchemaCheck item = compile(v);
    if (item == null) {
      return null;
    }
    return (value, pointer, errors) -> {
      if (value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          item.check(value.get(i), pointer + "/" + i, errors);
        }
      }
    };
  }

  private static SchemaKeyword count(JsonNode v, boolean min) {
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      return null;
    }
    int limit = v.intValue();
    return (value, pointer, errors) -> {
      if (value.isArray() && (min ? value.size() < limit : value.size() > limit)) {
        errors.add(
            FieldError.of(
                pointer, min ? ErrorCode.TOO_FEW_ITEMS : ErrorCode.TOO_MANY_ITEMS, limit));
      }
    };
  }

  private static SchemaKeyword unique(JsonNode v) {
    if (!v.isBoolean()) {
      return null;
    }
    if (!v.booleanValue()) {
      return (value, pointer, errors) -> {};
    }
    return (value, pointer, errors) -> {
      if (value.isArray()) {
        Set<JsonNode> seen = new HashSet<>();
        for (JsonNode item : value) {
          if (!seen.add(item)) {
            errors.add(FieldError.of(pointer, ErrorCode.DUPLICATE_ITEMS));
            return;
          }
        }
      }
    };
  }

  private static SchemaKeyword properties(JsonNode v) {
    if (!v.isObject()) {
      return null;
    }
    int size = v.size();
    String[] names = new String[size];
    String[] steps = new String[size];
    SchemaCheck[] checks = new SchemaCheck[size];
    Iterator<Map.Entry<String, JsonNode>> fields = v.fields();
    for (int i = 0; fields.hasNext(); i++) {
      Map.Entry<String, JsonNode> e = fields.next();
      checks[i] = compile(e.getValue());
      if (checks[i] == null) {
        return null;
      }
      names[i] = e.getKey();
      steps[i] = "/" + escape(e.getKey());
    }
    return (value, pointer, errors) -> {
      if (value.isObject()) {
        for (int i = 0; i < names.length; i++) {
          JsonNode child = value.get(names[i]);
          if (child != null) {
            // Top-level answers (most of them) need no new string for their pointer.
            checks[i].check(child, pointer.isEmpty() ? steps[i] : pointer + steps[i], errors);
          }
        }
      }
    };
  }

  private static SchemaKeyword required(JsonNode v) {
    if (!v.isArray()) {
      return null;
    }
    List<String> names = new ArrayList<>();
    for (JsonNode name : v) {
      if (!name.isTextual()) {
        return null;
      }
      names.add(name.textValue());
    }
    return (value, pointer, errors) -> {
      if (value.isObject()) {
        for (String name : names) {
          if (!value.has(name)) {
            // SchemaErrorMapper appends the property unescaped; so does this.
            errors.add(FieldError.of(pointer + "/" + name, ErrorCode.REQUIRED));
          }
        }
      }
    };
  }

  private static SchemaKeyword additional(JsonNode v, JsonNode properties) {
    if (!v.isBoolean() || !(properties.isObject() || properties.isMissingNode())) {
      return null;
    }
    if (v.booleanValue()) {
      return (value, pointer, errors) -> {};
    }
    return (value, pointer, errors) -> {
      if (value.isObject()) {
        Iterator<String> names = value.fieldNames();
        while (names.hasNext()) {
          if (!properties.has(names.next())) {
            errors.add(FieldError.of(pointer, ErrorCode.UNKNOWN_FIELD));
          }
        }
      }
    };
  }

  static String escape(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0
        ? name
        : name.replace("~", "~0").replace("/", "~1");
  }
}
