package org.foyer.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ValidationMessage;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.json.DateBounds;

/**
 * Translates a networknt validation message into a {@link FieldError}: the answer's pointer, a code
 * with a plain message, and the limit the message quotes. Schema paths and keyword names never
 * reach the client.
 */
final class SchemaErrorMapper {

  private SchemaErrorMapper() {}

  static FieldError map(ValidationMessage message) {
    String pointer = message.getInstanceLocation().toString();
    String keyword = message.getType();
    JsonNode limit = limit(message, keyword);
    return switch (keyword) {
      case "required" -> FieldError.of(pointer + "/" + message.getProperty(), ErrorCode.REQUIRED);
      case "type" -> FieldError.of(pointer, typeError(message));
      case "maxLength" -> FieldError.of(pointer, ErrorCode.TOO_LONG, number(limit));
      case "minLength" -> FieldError.of(pointer, ErrorCode.TOO_SHORT, number(limit));
      case "minimum", "exclusiveMinimum" ->
          FieldError.of(pointer, ErrorCode.TOO_SMALL, text(limit));
      case "maximum", "exclusiveMaximum" ->
          FieldError.of(pointer, ErrorCode.TOO_LARGE, text(limit));
      case "maxItems" -> FieldError.of(pointer, ErrorCode.TOO_MANY_ITEMS, number(limit));
      case "minItems" -> FieldError.of(pointer, ErrorCode.TOO_FEW_ITEMS, number(limit));
      case "uniqueItems" -> FieldError.of(pointer, ErrorCode.DUPLICATE_ITEMS);
      case "enum" -> FieldError.of(pointer, ErrorCode.NOT_AN_OPTION);
      case "const" ->
          FieldError.of(
              pointer,
              limit != null && limit.isBoolean() && limit.booleanValue()
                  ? ErrorCode.MUST_ACCEPT
                  : ErrorCode.NOT_AN_OPTION);
      case "format" -> FieldError.of(pointer, formatError(limit));
      case "pattern" -> FieldError.of(pointer, ErrorCode.WRONG_FORMAT);
      case "formatMinimum" ->
          isToday(limit)
              ? FieldError.of(pointer, ErrorCode.DATE_IN_PAST)
              : FieldError.of(pointer, ErrorCode.DATE_TOO_EARLY, date(message));
      case "formatExclusiveMinimum" ->
          FieldError.of(pointer, ErrorCode.DATE_TOO_EARLY, dayAfter(message, 1));
      case "formatMaximum" ->
          isToday(limit)
              ? FieldError.of(pointer, ErrorCode.DATE_IN_FUTURE)
              : FieldError.of(pointer, ErrorCode.DATE_TOO_LATE, date(message));
      case "formatExclusiveMaximum" ->
          FieldError.of(pointer, ErrorCode.DATE_TOO_LATE, dayAfter(message, -1));
      case "additionalProperties", "unevaluatedProperties", "false" ->
          FieldError.of(pointer, ErrorCode.UNKNOWN_FIELD);
      default -> FieldError.of(pointer, ErrorCode.INVALID);
    };
  }

  private static JsonNode limit(ValidationMessage message, String keyword) {
    JsonNode node = message.getSchemaNode();
    if (node == null) {
      return null;
    }
    return node.isObject() && node.has(keyword) ? node.get(keyword) : node;
  }

  private static ErrorCode typeError(ValidationMessage message) {
    JsonNode instance = message.getInstanceNode();
    JsonNode expected = message.getSchemaNode();
    String type =
        expected == null
            ? ""
            : expected.isObject() ? expected.path("type").asText() : expected.asText();
    if ("integer".equals(type) && instance != null && instance.isNumber()) {
      return ErrorCode.NOT_A_WHOLE_NUMBER;
    }
    return ErrorCode.WRONG_TYPE;
  }

  private static ErrorCode formatError(JsonNode format) {
    String name = format == null ? "" : format.asText();
    return switch (name) {
      case "date" -> ErrorCode.NOT_A_DATE;
      case "email", "idn-email" -> ErrorCode.NOT_AN_EMAIL;
      default -> ErrorCode.WRONG_FORMAT;
    };
  }

  private static Object number(JsonNode limit) {
    return limit != null && limit.canConvertToInt() ? limit.intValue() : "";
  }

  /** An exclusive date bound as the inclusive one a person reads: after the 1st is from the 2nd. */
  private static Object dayAfter(ValidationMessage message, int days) {
    return java.time.LocalDate.parse(date(message)).plusDays(days).toString();
  }

  /** The date the bound stood for when it was checked ("today" resolved). */
  private static String date(ValidationMessage message) {
    Object[] arguments = message.getArguments();
    return arguments != null && arguments.length > 0 ? String.valueOf(arguments[0]) : "";
  }

  private static boolean isToday(JsonNode limit) {
    return limit != null && DateBounds.TODAY.equals(limit.asText());
  }

  private static Object text(JsonNode limit) {
    return limit == null ? "" : limit.asText();
  }
}
