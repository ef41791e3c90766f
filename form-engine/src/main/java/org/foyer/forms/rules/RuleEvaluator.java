package org.foyer.forms.rules;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.OutputFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.Section;
import org.foyer.forms.definition.rules.Rule;
import org.foyer.forms.definition.rules.RuleEffect;
import org.foyer.forms.json.LocalSchemas;

/**
 * Evaluates a definition's rules. Conditions are compiled once; build one evaluator per definition
 * and share it (it is thread-safe).
 */
public final class RuleEvaluator {

  private final FormDefinition definition;
  private final List<Predicate<JsonNode>> conditions = new ArrayList<>();
  private final Set<String> showTargets = new HashSet<>();

  public RuleEvaluator(FormDefinition definition) {
    this.definition = definition;
    for (Rule rule : definition.rules()) {
      conditions.add(
          SimpleCondition.compile(rule.condition()).orElseGet(() -> schemaCondition(rule)));
      if (rule.effect() == RuleEffect.SHOW) {
        showTargets.add(rule.target());
      }
    }
  }

  public RuleOutcome evaluate(JsonNode answers) {
    if (conditions.isEmpty()) {
      return RuleOutcome.NONE;
    }
    Set<String> hidden = new HashSet<>(showTargets);
    Set<String> hiddenByRule = new HashSet<>();
    Set<String> required = new HashSet<>();
    Set<String> disabled = new HashSet<>();
    for (int i = 0; i < conditions.size(); i++) {
      if (!conditions.get(i).test(answers)) {
        continue;
      }
      Rule rule = definition.rules().get(i);
      switch (rule.effect()) {
        case SHOW -> hidden.remove(rule.target());
        case HIDE -> hiddenByRule.add(rule.target());
        case REQUIRE -> required.add(rule.target());
        case DISABLE -> disabled.add(rule.target());
      }
    }
    hidden.addAll(hiddenByRule);
    spreadSections(hidden);
    spreadSections(disabled);
    return new RuleOutcome(hidden, required, disabled);
  }

  /**
   * Evaluates the rules and removes answers to hidden fields, repeating until nothing changes:
   * dropping one answer can hide another field whose rule depended on it. Returns the final
   * outcome; {@code answers} is modified in place.
   */
  public RuleOutcome dropHiddenAnswers(ObjectNode answers) {
    RuleOutcome outcome = evaluate(answers);
    for (int round = 0; round <= conditions.size(); round++) {
      boolean removed = false;
      for (String name : outcome.hidden()) {
        removed |= answers.remove(name) != null;
      }
      if (!removed) {
        break;
      }
      outcome = evaluate(answers);
    }
    return outcome;
  }

  private static Predicate<JsonNode> schemaCondition(Rule rule) {
    JsonSchema schema = LocalSchemas.compile(rule.condition());
    return answers -> schema.validate(answers, OutputFormat.BOOLEAN);
  }

  private void spreadSections(Set<String> targets) {
    for (Section section : definition.sections().values()) {
      if (targets.contains(section.id())) {
        for (FieldUi field : section.fields()) {
          targets.add(field.field());
        }
      }
    }
  }
}
