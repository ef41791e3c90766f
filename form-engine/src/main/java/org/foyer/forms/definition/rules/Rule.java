package org.foyer.forms.definition.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * Applies {@code effect} to a field or section while {@code condition}, itself a JSON Schema
 * evaluated against the whole answer document, matches. Using JSON Schema for conditions means the
 * browser preview and the server evaluate the same thing.
 */
public record Rule(RuleEffect effect, String target, JsonNode condition) {
  public Rule {
    Objects.requireNonNull(effect, "effect");
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(condition, "condition");
    condition = condition.deepCopy();
  }
}
