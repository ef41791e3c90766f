package org.foyer.forms.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The shape almost every rule condition has, {@code {"required": [...], "properties": {"f":
 * {"const": v}}}} (or {@code "enum"}) with string or boolean values, evaluated directly. Rules run
 * several times per post (again after each dropped answer); going through the schema validator for
 * these was a tenth of parsing a post. Any other condition is left to the validator; a property
 * test holds the two to the same answers.
 */
final class SimpleCondition implements Predicate<JsonNode> {

  private final List<String> required;
  private final List<String> names;
  private final List<Set<JsonNode>> allowed;

  private SimpleCondition(List<String> required, List<String> names, List<Set<JsonNode>> allowed) {
    this.required = required;
    this.names = names;
    this.allowed = allowed;
  }

  /** The condition as a direct check, or empty when it uses anything beyond the simple shape. */
  static Optional<Predicate<JsonNode>> compile(JsonNode condition) {
    if (!condition.isObject()) {
      return Optional.empty();
    }
    List<String> required = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Set<JsonNode>> allowed = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = condition.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> keyword = it.next();
      switch (keyword.getKey()) {
        case "required" -> {
          if (!keyword.getValue().isArray()) {
            return Optional.empty();
          }
          for (JsonNode name : keyword.getValue()) {
            if (!name.isTextual()) {
              return Optional.empty();
            }
            required.add(name.asText());
          }
        }
        case "properties" -> {
          if (!keyword.getValue().isObject()) {
            return Optional.empty();
          }
          for (Iterator<Map.Entry<String, JsonNode>> p = keyword.getValue().fields();
              p.hasNext(); ) {
            Map.Entry<String, JsonNode> property = p.next();
            Set<JsonNode> values = values(property.getValue());
            if (values == null) {
              return Optional.empty();
            }
            names.add(property.getKey());
            allowed.add(values);
          }
        }
        default -> {
          return Optional.empty();
        }
      }
    }
    return Optional.of(new SimpleCondition(List.copyOf(required), List.copyOf(names), allowed));
  }

  /** The values a {const} or {enum} sub-schema allows, or null for any other sub-schema. */
  private static Set<JsonNode> values(JsonNode schema) {
    if (!schema.isObject() || schema.size() != 1) {
      return null;
    }
    Set<JsonNode> values = new HashSet<>();
    if (schema.has("const")) {
      values.add(schema.get("const"));
    } else if (schema.has("enum") && schema.get("enum").isArray()) {
      schema.get("enum").forEach(values::add);
    } else {
      return null;
    }
    // Numbers compare by value in JSON Schema (1 equals 1.0), objects and arrays structurally:
    // only strings and booleans are compared here, where plain equality is the schema's.
    for (JsonNode value : values) {
      if (!value.isTextual() && !value.isBoolean()) {
        return null;
      }
    }
    return Set.copyOf(values);
  }

  @Override
  public boolean test(JsonNode answers) {
    if (!answers.isObject()) {
      return true;
    }
    for (String name : required) {
      if (!answers.has(name)) {
        return false;
      }
    }
    for (int i = 0; i < names.size(); i++) {
      JsonNode value = answers.get(names.get(i));
      if (value != null && !allowed.get(i).contains(value)) {
        return false;
      }
    }
    return true;
  }
}
