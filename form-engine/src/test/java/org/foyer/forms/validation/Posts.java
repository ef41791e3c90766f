package org.foyer.forms.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.rules.RuleEvaluator;

/** Builds browser posts and parsers for tests. */
final class Posts {

  private final Map<String, List<String>> values = new LinkedHashMap<>();

  static Posts post() {
    return new Posts();
  }

  /** The smallest post the sample intake accepts. */
  static Posts validIntake() {
    return post()
        .with("firstName", "Ana")
        .with("lastName", "Diaz")
        .with("dateOfBirth", "1990-02-28")
        .with("email", "ana@example.org")
        .with("consent", "true");
  }

  Posts with(String name, String... vals) {
    values.computeIfAbsent(name, k -> new ArrayList<>()).addAll(List.of(vals));
    return this;
  }

  Posts without(String name) {
    values.remove(name);
    return this;
  }

  Map<String, List<String>> build() {
    return values;
  }

  static SubmissionParser parser(FormDefinition definition) {
    return parser(definition, ParseLimits.DEFAULT);
  }

  static SubmissionParser parser(FormDefinition definition, ParseLimits limits) {
    return new SubmissionParser(
        definition, new RuleEvaluator(definition), new AnswerValidator(definition), limits);
  }
}
