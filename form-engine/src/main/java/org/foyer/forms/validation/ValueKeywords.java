package org.foyer.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Format;
import com.networknt.schema.format.DateFormat;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.json.LocalSchemas;

/**
 * The keywords of {@link SchemaCheck} that look at one value (its type, options, format, pattern,
 * length and bounds), each returning null for a keyword value it does not mirror.
 */
final class ValueKeywords {

  private static final DateFormat DATE = new DateFormat();
  // The engine's email format (networknt's, plus the reserved testing domains), as schemas use.
  private static final Format EMAIL = LocalSchemas.EMAIL;

  private ValueKeywords() {}

  static SchemaKeyword type(JsonNode v) {
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

  static SchemaKeyword typed(Predicate<JsonNode> matches, boolean integer) {
    return (value, pointer, errors) -> {
      if (!matches.test(value)) {
        errors.add(
            FieldError.of(
                pointer,
                integer && value.isNumber() ? ErrorCode.NOT_A_WHOLE_NUMBER : ErrorCode.WRONG_TYPE));
      }
    };
  }

  static SchemaKeyword enumeration(JsonNode v) {
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

  static SchemaKeyword constant(JsonNode v) {
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

  static SchemaKeyword format(JsonNode v) {
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

  static SchemaKeyword pattern(JsonNode v) {
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

  static SchemaKeyword length(JsonNode v, boolean min) {
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

  static SchemaKeyword textual(SchemaKeyword check) {
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
  static SchemaKeyword bound(JsonNode v, String type, boolean min) {
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
}
