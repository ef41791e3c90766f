package org.foyer.forms.definition;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.definition.problems.DefinitionProblem;

/** Checks that a field's widget can hold the answer its schema property describes. */
final class WidgetSchemaCheck {

  static final Set<Widget> PREFILLABLE =
      EnumSet.of(
          Widget.SHORT_TEXT,
          Widget.LONG_TEXT,
          Widget.EMAIL,
          Widget.PHONE,
          Widget.DATE,
          Widget.SELECT,
          Widget.RADIO);
  static final int MAX_LIKERT_POINTS = 11;

  void check(FieldUi field, JsonNode property, String at, List<DefinitionProblem> problems) {
    if (field.widget() == Widget.INFO) {
      if (property != null) {
        problems.add(
            DefinitionProblem.at(
                at + "/field", "an info text carries no answer; remove it from the schema"));
      }
      return;
    }
    if (property == null) {
      problems.add(
          DefinitionProblem.at(
              at + "/field", "UI field \"" + field.field() + "\" is not in the schema"));
      return;
    }
    String type = property.path("type").asText("");
    if (!field.widget().schemaTypes().contains(type)) {
      problems.add(
          DefinitionProblem.at(
              at + "/widget",
              "widget "
                  + field.widget().jsonName()
                  + " needs schema type "
                  + field.widget().schemaTypes()
                  + " but \""
                  + field.field()
                  + "\" has type \""
                  + type
                  + "\""));
      return;
    }
    switch (field.widget()) {
      case DATE -> requireFormat(property, "date", at, problems);
      case EMAIL -> requireFormat(property, "email", at, problems);
      case RADIO, SELECT -> checkOptions(field, property.get("enum"), at, problems);
      case CHECKBOXES -> checkOptions(field, property.path("items").get("enum"), at, problems);
      case LIKERT -> checkLikert(property, at, problems);
      case REPEAT -> checkRepeat(field, property, at, problems);
      case SIGNATURE, FILE -> checkReference(property, at, problems);
      default -> {}
    }
  }

  private static void requireFormat(
      JsonNode property, String format, String at, List<DefinitionProblem> problems) {
    if (!format.equals(property.path("format").asText())) {
      problems.add(
          DefinitionProblem.at(
              at + "/widget", "the schema property needs \"format\": \"" + format + "\""));
    }
  }

  private static void checkOptions(
      FieldUi field, JsonNode enumNode, String at, List<DefinitionProblem> problems) {
    if (enumNode == null || !enumNode.isArray() || enumNode.isEmpty()) {
      problems.add(
          DefinitionProblem.at(
              at + "/widget", "a choice needs an \"enum\" of allowed values in the schema"));
      return;
    }
    Set<String> allowed = new HashSet<>();
    enumNode.forEach(v -> allowed.add(v.asText()));
    for (int i = 0; i < field.options().size(); i++) {
      if (!allowed.contains(field.options().get(i).value())) {
        problems.add(
            DefinitionProblem.at(
                at + "/options/" + i + "/value", "is not one of the schema's enum values"));
      }
    }
  }

  private static void checkLikert(JsonNode property, String at, List<DefinitionProblem> problems) {
    JsonNode min = property.get("minimum");
    JsonNode max = property.get("maximum");
    if (min == null || max == null || !min.canConvertToInt() || !max.canConvertToInt()) {
      problems.add(
          DefinitionProblem.at(at + "/widget", "a Likert scale needs integer minimum and maximum"));
      return;
    }
    int points = max.asInt() - min.asInt() + 1;
    if (points < 2 || points > MAX_LIKERT_POINTS) {
      problems.add(
          DefinitionProblem.at(
              at + "/widget", "a Likert scale needs 2 to " + MAX_LIKERT_POINTS + " points"));
    }
  }

  private void checkRepeat(
      FieldUi field, JsonNode property, String at, List<DefinitionProblem> problems) {
    JsonNode items = property.path("items");
    if (!"object".equals(items.path("type").asText())) {
      problems.add(
          DefinitionProblem.at(
              at + "/widget", "a repeatable group needs items of type \"object\""));
      return;
    }
    JsonNode columns = items.path("properties");
    Set<String> seen = new HashSet<>();
    for (int c = 0; c < field.columns().size(); c++) {
      FieldUi column = field.columns().get(c);
      if (!seen.add(column.field())) {
        problems.add(
            DefinitionProblem.at(at + "/columns/" + c + "/field", "is used twice in this group"));
      }
      check(column, columns.get(column.field()), at + "/columns/" + c, problems);
    }
    columns
        .fieldNames()
        .forEachRemaining(
            name -> {
              if (!seen.contains(name)) {
                problems.add(
                    DefinitionProblem.at(
                        at + "/columns", "no column for item property \"" + name + "\""));
              }
            });
  }

  private static void checkReference(
      JsonNode property, String at, List<DefinitionProblem> problems) {
    JsonNode props = property.path("properties");
    if (!props.has("ref") || !props.has("sha256")) {
      problems.add(
          DefinitionProblem.at(
              at + "/widget",
              "signature and file fields are references: the schema needs \"ref\" and \"sha256\" properties"));
    }
  }
}
