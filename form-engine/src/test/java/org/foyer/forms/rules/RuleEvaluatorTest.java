package org.foyer.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.foyer.forms.SampleForms;
import org.foyer.forms.definition.DefinitionReader;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.json.Json;
import org.junit.jupiter.api.Test;

class RuleEvaluatorTest {

  private static ObjectNode answers(String json) {
    return (ObjectNode) Json.parse(json);
  }

  private static FormDefinition withRules(String rulesJson) {
    ObjectNode json = SampleForms.json("sample-intake.json");
    json.set("rules", Json.parse(rulesJson));
    return new DefinitionReader().read(json);
  }

  @Test
  void aShowTargetIsHiddenUntilItsConditionMatches() {
    RuleEvaluator rules = new RuleEvaluator(SampleForms.intake());
    assertThat(rules.evaluate(answers("{}")).isHidden("medicationSection")).isTrue();
    assertThat(rules.evaluate(answers("{}")).isHidden("medications")).isTrue();
    assertThat(rules.evaluate(answers("{\"takesMedication\":true}")).isHidden("medications"))
        .isFalse();
  }

  @Test
  void hideHidesAFieldWhileItsConditionMatches() {
    RuleEvaluator rules =
        new RuleEvaluator(
            withRules(
                "[{\"effect\":\"HIDE\",\"target\":\"phone\",\"condition\":"
                    + "{\"properties\":{\"contactMethod\":{\"const\":\"email\"}},\"required\":[\"contactMethod\"]}}]"));
    assertThat(rules.evaluate(answers("{\"contactMethod\":\"email\"}")).isHidden("phone")).isTrue();
    assertThat(rules.evaluate(answers("{\"contactMethod\":\"text\"}")).isHidden("phone")).isFalse();
    assertThat(rules.evaluate(answers("{}")).isHidden("phone")).isFalse();
  }

  @Test
  void conditionsCompareDates() {
    RuleEvaluator rules =
        new RuleEvaluator(
            withRules(
                "[{\"effect\":\"SHOW\",\"target\":\"medicationSection\",\"condition\":"
                    + "{\"required\":[\"dateOfBirth\"],"
                    + "\"properties\":{\"dateOfBirth\":{\"formatExclusiveMinimum\":\"2008-11-27\"}}}},"
                    + "{\"effect\":\"REQUIRE\",\"target\":\"phone\",\"condition\":"
                    + "{\"properties\":{\"dateOfBirth\":"
                    + "{\"formatMinimum\":\"1950-01-01\",\"formatMaximum\":\"1959-12-31\"}}}}]"));
    assertThat(rules.evaluate(answers("{\"dateOfBirth\":\"2010-05-01\"}")).isHidden("medications"))
        .isFalse();
    assertThat(rules.evaluate(answers("{\"dateOfBirth\":\"2008-11-27\"}")).isHidden("medications"))
        .isTrue();
    assertThat(rules.evaluate(answers("{}")).isHidden("medications")).isTrue();
    assertThat(rules.evaluate(answers("{\"dateOfBirth\":\"1950-01-01\"}")).isRequired("phone"))
        .isTrue();
    assertThat(rules.evaluate(answers("{\"dateOfBirth\":\"1959-12-31\"}")).isRequired("phone"))
        .isTrue();
    assertThat(rules.evaluate(answers("{\"dateOfBirth\":\"1960-01-01\"}")).isRequired("phone"))
        .isFalse();
    assertThat(rules.evaluate(answers("{\"dateOfBirth\":\"1955-02-30\"}")).isRequired("phone"))
        .as("not a real date")
        .isFalse();
  }

  @Test
  void conditionsCompareDatesWithToday() {
    RuleEvaluator rules =
        new RuleEvaluator(
            withRules(
                "[{\"effect\":\"SHOW\",\"target\":\"medicationSection\",\"condition\":"
                    + "{\"required\":[\"dateOfBirth\"],"
                    + "\"properties\":{\"dateOfBirth\":{\"formatExclusiveMaximum\":\"today\"}}}}]"));
    String farFuture = java.time.LocalDate.now(java.time.ZoneOffset.UTC).plusDays(3).toString();
    assertThat(rules.evaluate(answers("{\"dateOfBirth\":\"1990-05-01\"}")).isHidden("medications"))
        .isFalse();
    assertThat(
            rules
                .evaluate(answers("{\"dateOfBirth\":\"" + farFuture + "\"}"))
                .isHidden("medications"))
        .isTrue();
  }

  @Test
  void aDateBoundThatIsNotADateIsADefinitionProblem() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () ->
                withRules(
                    "[{\"effect\":\"SHOW\",\"target\":\"phone\",\"condition\":"
                        + "{\"properties\":{\"dateOfBirth\":{\"formatMinimum\":\"18 years ago\"}}}}]"))
        .isInstanceOf(org.foyer.forms.definition.problems.InvalidDefinition.class)
        .hasMessageContaining("/rules/0/condition");
  }

  @Test
  void hideWinsOverShow() {
    RuleEvaluator rules =
        new RuleEvaluator(
            withRules(
                "[{\"effect\":\"SHOW\",\"target\":\"phone\",\"condition\":true},"
                    + "{\"effect\":\"HIDE\",\"target\":\"phone\",\"condition\":true}]"));
    assertThat(rules.evaluate(answers("{}")).isHidden("phone")).isTrue();
  }

  @Test
  void requireAppliesOnlyWhileItsConditionMatchesAndNeverToHiddenFields() {
    RuleEvaluator rules =
        new RuleEvaluator(
            withRules(
                "[{\"effect\":\"REQUIRE\",\"target\":\"reason\",\"condition\":true},"
                    + "{\"effect\":\"HIDE\",\"target\":\"reason\",\"condition\":"
                    + "{\"required\":[\"preferredName\"]}}]"));
    assertThat(rules.evaluate(answers("{}")).isRequired("reason")).isTrue();
    assertThat(rules.evaluate(answers("{\"preferredName\":\"A\"}")).isRequired("reason")).isFalse();
  }

  @Test
  void disablingASectionDisablesItsFields() {
    RuleEvaluator rules =
        new RuleEvaluator(
            withRules("[{\"effect\":\"DISABLE\",\"target\":\"identity\",\"condition\":true}]"));
    RuleOutcome outcome = rules.evaluate(answers("{}"));
    assertThat(outcome.isDisabled("firstName")).isTrue();
    assertThat(outcome.isDisabled("reason")).isFalse();
  }

  @Test
  void droppingAHiddenAnswerCascadesToRulesThatDependedOnIt() {
    RuleEvaluator rules =
        new RuleEvaluator(
            withRules(
                "[{\"effect\":\"SHOW\",\"target\":\"medicationSection\",\"condition\":"
                    + "{\"properties\":{\"takesMedication\":{\"const\":true}},\"required\":[\"takesMedication\"]}},"
                    + "{\"effect\":\"HIDE\",\"target\":\"takesMedication\",\"condition\":"
                    + "{\"properties\":{\"stress\":{\"const\":1}},\"required\":[\"stress\"]}}]"));
    ObjectNode doc =
        answers("{\"stress\":1,\"takesMedication\":true,\"medications\":[{\"name\":\"x\"}]}");
    RuleOutcome outcome = rules.dropHiddenAnswers(doc);
    assertThat(doc.has("takesMedication")).isFalse();
    assertThat(doc.has("medications")).isFalse();
    assertThat(outcome.isHidden("medications")).isTrue();
  }
}
