package org.foyer.forms.definition.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The top-level answer properties a rule condition looks at, to check they exist. */
public final class ConditionFields {

  private static final List<String> COMBINATORS = List.of("allOf", "anyOf", "oneOf");
  private static final List<String> NESTED = List.of("not", "if", "then", "else");

  private ConditionFields() {}

  public static Set<String> referenced(JsonNode condition) {
    Set<String> names = new LinkedHashSet<>();
    collect(condition, names);
    return names;
  }

  private static void collect(JsonNode schema, Set<String> names) {
    if (!schema.isObject()) {
      return;
    }
    schema.path("properties").fieldNames().forEachRemaining(names::add);
    schema.path("required").forEach(r -> names.add(r.asText()));
    for (String combinator : COMBINATORS) {
      schema.path(combinator).forEach(s -> collect(s, names));
    }
    for (String nested : NESTED) {
      collect(schema.path(nested), names);
    }
  }
}
