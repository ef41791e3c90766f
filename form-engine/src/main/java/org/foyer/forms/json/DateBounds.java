package org.foyer.forms.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.AbstractKeyword;
import com.networknt.schema.BaseJsonValidator;
import com.networknt.schema.ErrorMessageType;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonValidator;
import com.networknt.schema.Keyword;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.ValidationContext;
import com.networknt.schema.ValidationMessage;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * Date comparisons for schemas and rule conditions, named as in the JSON Schema format-assertion
 * extensions ({@code formatMinimum}, {@code formatMaximum}, {@code formatExclusiveMinimum}, {@code
 * formatExclusiveMaximum}), for ISO dates only: {@code {"formatMaximum": "2008-11-27"}} matches a
 * date of birth on or before that day. A string answer that is not an ISO date never matches; other
 * answer types are left to other keywords, as {@code minLength} leaves numbers alone.
 *
 * <p>The bound may also be {@code "today"}, resolved at each validation: {@code {"formatMaximum":
 * "today"}} refuses a date of birth in the future. The engine knows no practice or time zone, so
 * "today" is the day that lets everyone's own today through: for a maximum the latest calendar day
 * on Earth (UTC+14), for a minimum the earliest (UTC-12). A date more than a day past the bound is
 * always refused. A single "today" would refuse the client's own date for most of their day: as
 * UTC+14's date, "today or later" refused a Denver client's today from 3 a.m. on.
 */
public final class DateBounds extends AbstractKeyword {

  public static final List<Keyword> ALL =
      List.of(
          new DateBounds("formatMinimum", 1, false),
          new DateBounds("formatExclusiveMinimum", 1, true),
          new DateBounds("formatMaximum", -1, false),
          new DateBounds("formatExclusiveMaximum", -1, true));

  /** The bound that moves with the calendar. */
  public static final String TODAY = "today";

  /** The zone whose date is the latest on Earth: no local "today" is later than its date. */
  static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

  /** The zone whose date is the earliest on Earth: no local "today" is earlier than its date. */
  static final ZoneOffset EARLIEST_ZONE = ZoneOffset.ofHours(-12);

  private final int direction;
  private final boolean exclusive;

  private DateBounds(String keyword, int direction, boolean exclusive) {
    super(keyword);
    this.direction = direction;
    this.exclusive = exclusive;
  }

  /** "Today" as this bound reads it, see the class comment. */
  LocalDate today() {
    return LocalDate.now(direction > 0 ? EARLIEST_ZONE : LATEST_ZONE);
  }

  /** True when {@code value} is an ISO date the bound accepts. */
  boolean accepts(LocalDate bound, String value) {
    LocalDate date = parse(value);
    if (date == null) {
      return false;
    }
    int compared = date.compareTo(bound) * direction;
    return exclusive ? compared > 0 : compared >= 0;
  }

  static LocalDate parse(String value) {
    if (value.length() != 10) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  @Override
  public JsonValidator newValidator(
      SchemaLocation location,
      JsonNodePath evaluationPath,
      JsonNode schemaNode,
      JsonSchema parentSchema,
      ValidationContext context) {
    LocalDate bound = schemaNode.isTextual() ? parse(schemaNode.textValue()) : null;
    if (bound == null && !(schemaNode.isTextual() && TODAY.equals(schemaNode.textValue()))) {
      throw new JsonSchemaException(
          getValue() + " must be an ISO date like 2008-11-27 or \"today\"");
    }
    return new Validator(location, evaluationPath, schemaNode, parentSchema, context, bound);
  }

  private final class Validator extends BaseJsonValidator {

    /** The fixed bound, or null for {@link #TODAY}. */
    private final LocalDate bound;

    Validator(
        SchemaLocation location,
        JsonNodePath evaluationPath,
        JsonNode schemaNode,
        JsonSchema parentSchema,
        ValidationContext context,
        LocalDate bound) {
      super(
          location,
          evaluationPath,
          schemaNode,
          parentSchema,
          TYPE,
          DateBounds.this,
          context,
          false);
      this.bound = bound;
    }

    @Override
    public Set<ValidationMessage> validate(
        ExecutionContext execution,
        JsonNode node,
        JsonNode rootNode,
        JsonNodePath instanceLocation) {
      LocalDate limit = bound == null ? today() : bound;
      if (!node.isTextual() || accepts(limit, node.textValue())) {
        return Collections.emptySet();
      }
      return Collections.singleton(
          new ValidationMessage.Builder()
              .type(getValue())
              .code(getValue())
              .instanceLocation(instanceLocation)
              .evaluationPath(getEvaluationPath())
              .schemaLocation(getSchemaLocation())
              .instanceNode(node)
              .schemaNode(schemaNode)
              .arguments(limit.toString())
              .message(getValue() + " " + limit)
              .build());
    }
  }

  private static final ErrorMessageType TYPE = () -> "dateBound";
}
