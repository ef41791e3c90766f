package org.foyer.admin.forms.control;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.foyer.forms.definition.layout.SignedBy;
import org.foyer.forms.definition.layout.Widget;

/** The schema property and UI entry the engine expects for each widget of a blueprint field. */
public final class FieldJson {

  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  public static final int TEXT_LENGTH = 2000;

  private FieldJson() {}

  static ObjectNode ui(BlueprintField field) {
    ObjectNode ui =
        JSON.objectNode()
            .put("field", field.name())
            .put("widget", field.widget().jsonName())
            .put("label", field.label());
    List<String> options = field.options();
    switch (field.widget()) {
      case RADIO, SELECT, CHECKBOXES -> {
        ArrayNode list = ui.putArray("options");
        options.forEach(o -> list.addObject().put("value", o).put("label", o));
      }
      case LIKERT -> {
        ArrayNode list = ui.putArray("options");
        for (int i = 0; i < options.size(); i++) {
          list.addObject().put("value", String.valueOf(i + 1)).put("label", options.get(i));
        }
      }
      case REPEAT -> {
        ArrayNode columns = ui.put("rows", 1).putArray("columns");
        for (int i = 0; i < options.size(); i++) {
          columns
              .addObject()
              .put("field", column(i))
              .put("widget", Widget.SHORT_TEXT.jsonName())
              .put("label", options.get(i));
        }
      }
      case SIGNATURE -> {
        if (field.signer() != SignedBy.ANYONE) {
          ui.put("signer", field.signer().jsonName());
        }
      }
      default -> {}
    }
    return ui;
  }

  public static ObjectNode schema(BlueprintField field) {
    ObjectNode schema = JSON.objectNode();
    switch (field.widget()) {
      case SHORT_TEXT, LONG_TEXT, PHONE -> text(schema, field.required());
      case INITIALS -> schema.put("type", "string").put("minLength", 1).put("maxLength", 4);
      case EMAIL -> schema.put("type", "string").put("format", "email").put("maxLength", 254);
      case DATE -> schema.put("type", "string").put("format", "date");
      case NUMBER -> schema.put("type", "number");
      case RADIO, SELECT -> enumOf(schema.put("type", "string"), field.options());
      case CHECKBOXES -> {
        schema.put("type", "array").put("uniqueItems", true);
        enumOf(schema.putObject("items").put("type", "string"), field.options());
      }
      case YES_NO -> schema.put("type", "boolean");
      case LIKERT ->
          schema.put("type", "integer").put("minimum", 1).put("maximum", field.options().size());
      case REPEAT -> repeat(schema, field.options().size());
      case SIGNATURE -> reference(schema).putObject("typedName").put("type", "string");
      case FILE -> reference(schema).putObject("name").put("type", "string");
      case INFO -> throw new IllegalArgumentException("an info text has no schema");
    }
    return schema;
  }

  /** The answer a condition compares with, typed as the source question stores it. */
  public static JsonNode typedValue(Widget source, String value) {
    String v = value.strip();
    return switch (source) {
      case YES_NO -> JSON.booleanNode(v.equalsIgnoreCase("yes") || v.equalsIgnoreCase("true"));
      case LIKERT -> integerOrText(v);
      case NUMBER -> integerOrText(v);
      default -> JSON.textNode(v);
    };
  }

  private static JsonNode integerOrText(String v) {
    try {
      return JSON.numberNode(Integer.parseInt(v));
    } catch (NumberFormatException e) {
      return JSON.textNode(v.toLowerCase(Locale.ROOT));
    }
  }

  private static void text(ObjectNode schema, boolean required) {
    schema.put("type", "string").put("maxLength", TEXT_LENGTH);
    if (required) {
      schema.put("minLength", 1);
    }
  }

  private static void enumOf(ObjectNode schema, List<String> options) {
    ArrayNode values = schema.putArray("enum");
    options.forEach(values::add);
  }

  private static void repeat(ObjectNode schema, int columns) {
    schema.put("type", "array").put("maxItems", 20);
    ObjectNode items = schema.putObject("items").put("type", "object");
    items.put("additionalProperties", false);
    ObjectNode properties = items.putObject("properties");
    for (int i = 0; i < columns; i++) {
      properties.putObject(column(i)).put("type", "string").put("maxLength", 200);
    }
  }

  private static ObjectNode reference(ObjectNode schema) {
    schema.put("type", "object");
    schema.putArray("required").add("ref").add("sha256");
    ObjectNode properties = schema.putObject("properties");
    properties.putObject("ref").put("type", "string");
    properties.putObject("sha256").put("type", "string").put("pattern", "^[0-9a-f]{64}$");
    return properties;
  }

  private static String column(int index) {
    return "column" + (index + 1);
  }
}
