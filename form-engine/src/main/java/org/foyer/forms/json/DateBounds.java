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
 */
public final class DateBounds extends AbstractKeyword {

  public static final List<Keyword> ALL =
      List.of(
          new DateBounds("formatMinimum", 1, false),
          new DateBounds("formatExclusiveMinimum", 1, true),
          new DateBounds("formatMaximum", -1, false),
          new DateBounds("formatExclusiveMaximum", -1, true));

  private final int direction;
  private final boolean exclusive;

  private DateBounds(String keyword, int direction, boolean exclusive) {
    super(keyword);
    this.direction = direction;
    this.exclusive = exclusive;
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
    if (bound == null) {
      throw new JsonSchemaException(getValue() + " must be an ISO date like 2008-11-27");
    }
    return new Validator(location, evaluationPath, schemaNode, parentSchema, context, bound);
  }

  private final class Validator extends BaseJsonValidator {

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
      if (!node.isTextual() || accepts(bound, node.textValue())) {
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
              .arguments(bound.toString())
              .message(getValue() + " " + bound)
              .build());
    }
  }

  private static final ErrorMessageType TYPE = () -> "dateBound";
}
