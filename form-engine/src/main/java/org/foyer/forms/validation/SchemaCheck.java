package org.foyer.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.format.DateFormat;
import com.networknt.schema.format.EmailFormat;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
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
 * first error for each answer. {@code SchemaCheckProperties} holds the two to the same errors.
 */
final class SchemaCheck {

  private static final DateFormat DATE = new DateFormat();
  private static final EmailFormat EMAIL = new EmailFormat();

  /** One keyword's check of a value at a pointer. */
  private interface Keyword {
    void check(JsonNode value, String pointer, List<FieldError> errors);
  }

  private final Keyword[] keywords;

  private SchemaCheck(List<Keyword> keywords) {
    this.keywords = keywords.toArray(Keyword[]::new);
  }

  void check(JsonNode value, String pointer, List<FieldError> errors) {
    for (Keyword keyword : keywords) {
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
    List<Keyword> keywords = new ArrayList<>();
    Keyword properties = null;
    String type = schema.path("type").asText(null);
    Iterator<Map.Entry<String, JsonNode>> fields = schema.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      JsonNode v = e.getValue();
      Keyword keyword;
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

  private static Keyword keyword(String name, JsonNode v, String type, JsonNode schema) {
    return switch (name) {
      case "type" -> type(v);
      case "enum" -> enumeration(v);
      case "const" -> constant(v);
      case "format" -> format(v);
      case "pattern" -> pattern(v);
      case "minLength" -> length(v, true);
      case "maxLength" -> length(v, false);
      case "minimum" -> bound(v, type, true);
      case "maximum" -> bound(v, type, false);
      case "items" -> items(v);
      case "minItems" -> count(v, true);
      case "maxItems" -> count(v, false);
      case "uniqueItems" -> unique(v);
      case "required" -> required(v);
      case "additionalProperties" -> additional(v, schema.path("properties"));
      default -> null;
    };
  }

  private static Keyword type(JsonNode v) {
    if (!v.isTextual()) {
      return null;
    }
    String expected = v.textValue();
    return switch (expected) {
      case "string" -> typed(JsonNode::isTextual, false);
      case "boolean" -> typed(JsonNode::isBoolean, false);
      case "object" -> typed(JsonNode::isObject, false);
      case "array" -> typed(JsonNode::isArray, false);
      case "number" -> typed(JsonNode::isNumber, false);
      // Draft 6 and later: 2.0 is an integer.
      case "integer" ->
          typed(n -> n.isIntegralNumber() || (n.isNumber() && n.canConvertToExactIntegral()), true);
      default -> null;
    };
  }

  private static Keyword typed(Predicate<JsonNode> matches, boolean integer) {
    return (value, pointer, errors) -> {
      if (!matches.test(value)) {
        errors.add(
            FieldError.of(
                pointer,
                integer && value.isNumber() ? ErrorCode.NOT_A_WHOLE_NUMBER : ErrorCode.WRONG_TYPE));
      }
    };
  }

  private static Keyword enumeration(JsonNode v) {
    if (!v.isArray()) {
      return null;
    }
    Set<String> allowed = new HashSet<>();
    for (JsonNode option : v) {
      if (!option.isTextual()) {
        return null;
      }
      allowed.add(option.textValue());
    }
    return (value, pointer, errors) -> {
      if (!value.isTextual() || !allowed.contains(value.textValue())) {
        errors.add(FieldError.of(pointer, ErrorCode.NOT_AN_OPTION));
      }
    };
  }

  private static Keyword constant(JsonNode v) {
    if (!v.isTextual() && !v.isBoolean()) {
      return null;
    }
    ErrorCode code =
        v.isBoolean() && v.booleanValue() ? ErrorCode.MUST_ACCEPT : ErrorCode.NOT_AN_OPTION;
    return (value, pointer, errors) -> {
      if (!v.equals(value)) {
        errors.add(FieldError.of(pointer, code));
      }
    };
  }

  private static Keyword format(JsonNode v) {
    String name = v.asText();
    if (name.equals("date")) {
      return textual(
          (value, pointer, errors) -> {
            String text = value.textValue();
            if (!SureMatches.isPlainDate(text) && !DATE.matches(null, text)) {
              errors.add(FieldError.of(pointer, ErrorCode.NOT_A_DATE));
            }
          });
    }
    if (name.equals("email")) {
      return textual(
          (value, pointer, errors) -> {
            String text = value.textValue();
            if (!SureMatches.isPlainEmail(text) && !EMAIL.matches(null, text)) {
              errors.add(FieldError.of(pointer, ErrorCode.NOT_AN_EMAIL));
            }
          });
    }
    return null;
  }

  private static Keyword pattern(JsonNode v) {
    if (!v.isTextual()) {
      return null;
    }
    // networknt's default (JDK) regular expressions search, as ECMA-262 does.
    Pattern pattern = Pattern.compile(v.textValue());
    Predicate<String> surely = SureMatches.pattern(v.textValue());
    return textual(
        (value, pointer, errors) -> {
          String text = value.textValue();
          if (!surely.test(text) && !pattern.matcher(text).find()) {
            errors.add(FieldError.of(pointer, ErrorCode.WRONG_FORMAT));
          }
        });
  }

  private static Keyword length(JsonNode v, boolean min) {
    if (!v.isIntegralNumber() || !v.canConvertToInt()) {
      return null;
    }
    int limit = v.intValue();
    return textual(
        (value, pointer, errors) -> {
          String text = value.textValue();
          int length = text.codePointCount(0, text.length());
          if (min ? length < limit : length > limit) {
            errors.add(
                FieldError.of(pointer, min ? ErrorCode.TOO_SHORT : ErrorCode.TOO_LONG, limit));
          }
        });
  }

  private static Keyword textual(Keyword check) {
    return (value, pointer, errors) -> {
      if (value.isTextual()) {
        check.check(value, pointer, errors);
      }
    };
  }

  /**
   * networknt compares an integer-typed schema's whole-number bound with {@code asLong()} of the
   * answer (big integers exactly); other bounds take another path, left to networknt.
   */
  private static Keyword bound(JsonNode v, String type, boolean min) {
    if (!"integer".equals(type) || !(v.isInt() || v.isLong())) {
      return null;
    }
    long limit = v.longValue();
    BigInteger bigLimit = BigInteger.valueOf(limit);
    ErrorCode code = min ? ErrorCode.TOO_SMALL : ErrorCode.TOO_LARGE;
    String quoted = v.asText();
    return (value, pointer, errors) -> {
      if (!value.isNumber()) {
        return;
      }
      int compared =
          value.isBigInteger()
              ? value.bigIntegerValue().compareTo(bigLimit)
              : Long.compare(value.asLong(), limit);
      if (min ? compared < 0 : compared > 0) {
        errors.add(FieldError.of(pointer, code, quoted));
      }
    };
  }

  private static Keyword items(JsonNode v) {
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

  private static Keyword count(JsonNode v, boolean min) {
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

  private static Keyword unique(JsonNode v) {
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

  private static Keyword properties(JsonNode v) {
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

  private static Keyword required(JsonNode v) {
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

  private static Keyword additional(JsonNode v, JsonNode properties) {
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
