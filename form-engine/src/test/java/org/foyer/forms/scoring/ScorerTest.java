package org.foyer.forms.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.foyer.forms.SampleForms;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.DefinitionReader;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.problems.DefinitionProblem;
import org.foyer.forms.json.Json;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ScorerTest {

  private static Scorer scorerFor(FormDefinition definition) {
    List<DefinitionProblem> problems = new ArrayList<>();
    ScoringSpec spec = new ScoringReader().read(definition, problems);
    assertThat(problems).isEmpty();
    return new Scorer(spec);
  }

  /** Answers with items q1..qN whose values sum to {@code total}, filling from q1. */
  private static Answers itemsSummingTo(int items, int total, int item9) {
    ObjectNode json = Json.object();
    int remaining = total - item9;
    for (int i = 1; i <= items; i++) {
      if (i == 9) {
        json.put("q9", item9);
        continue;
      }
      int v = Math.min(3, remaining);
      json.put("q" + i, v);
      remaining -= v;
    }
    return Answers.of(json);
  }

  @ParameterizedTest(name = "PHQ-9 total {0} is {1}")
  @CsvSource({
    "0,Minimal",
    "4,Minimal",
    "5,Mild",
    "9,Mild",
    "10,Moderate",
    "14,Moderate",
    "15,Moderately severe",
    "19,Moderately severe",
    "20,Severe",
    "27,Severe"
  })
  void phq9BandsChangeExactlyAtTheirThresholds(int total, String band) {
    ScoreResult score =
        scorerFor(SampleForms.phq9())
            .score(itemsSummingTo(9, total, total == 27 ? 3 : 0))
            .findScore("total")
            .orElseThrow();
    assertThat(score.value()).isEqualByComparingTo(Integer.toString(total));
    assertThat(score.band().text(Locale.ENGLISH)).isEqualTo(band);
  }

  @ParameterizedTest(name = "GAD-7 total {0} is {1}")
  @CsvSource({
    "0,Minimal",
    "4,Minimal",
    "5,Mild",
    "9,Mild",
    "10,Moderate",
    "14,Moderate",
    "15,Severe",
    "21,Severe"
  })
  void gad7BandsChangeExactlyAtTheirThresholds(int total, String band) {
    ScoreResult score =
        scorerFor(SampleForms.gad7())
            .score(itemsSummingTo(7, total, 0))
            .findScore("total")
            .orElseThrow();
    assertThat(score.value()).isEqualByComparingTo(Integer.toString(total));
    assertThat(score.band().text(Locale.ENGLISH)).isEqualTo(band);
  }

  @Test
  void phq9RaisesTheItem9FlagForAnyAnswerAboveZero() {
    Scorer scorer = scorerFor(SampleForms.phq9());
    assertThat(scorer.score(itemsSummingTo(9, 0, 0)).isRaised("item9")).isFalse();
    assertThat(scorer.score(itemsSummingTo(9, 1, 1)).isRaised("item9")).isTrue();
    assertThat(scorer.score(itemsSummingTo(9, 3, 3)).isRaised("item9")).isTrue();
  }

  @Test
  void bandLabelsAreLocalized() {
    ScoreResult score =
        scorerFor(SampleForms.phq9())
            .score(itemsSummingTo(9, 12, 0))
            .findScore("total")
            .orElseThrow();
    assertThat(score.band().text(Locale.forLanguageTag("es"))).isEqualTo("Moderada");
  }

  @Test
  void aMissingItemMakesTheScoreIncompleteRatherThanLow() {
    ObjectNode json = itemsSummingTo(9, 20, 0).json();
    json.remove("q4");
    ScoreReport report = scorerFor(SampleForms.phq9()).score(Answers.of(json));
    assertThat(report.findScore("total").orElseThrow().isComplete()).isFalse();
    assertThat(report.isRaised("item9")).isFalse();
  }

  @Test
  void missingCanBeDeclaredToCountAsZero() {
    FormDefinition form =
        withScoring(
            "{\"scores\":[{\"id\":\"t\",\"missing\":\"zero\",\"expression\":{\"sum\":[\"q1\",\"q2\"]}}]}");
    ScoreReport report = scorerFor(form).score(Answers.parse("{\"q1\":2}"));
    assertThat(report.findScore("t").orElseThrow().value()).isEqualByComparingTo("2");
  }

  @Test
  void reverseScoredItemsAreFlippedOnTheirScale() {
    FormDefinition form =
        withScoring(
            "{\"scores\":[{\"id\":\"t\",\"expression\":{\"sum\":[\"q1\",{\"reverse\":\"q2\",\"min\":0,\"max\":3}]}}]}");
    Scorer scorer = scorerFor(form);
    assertThat(
            scorer.score(Answers.parse("{\"q1\":1,\"q2\":0}")).findScore("t").orElseThrow().value())
        .isEqualByComparingTo("4");
    assertThat(
            scorer.score(Answers.parse("{\"q1\":1,\"q2\":3}")).findScore("t").orElseThrow().value())
        .isEqualByComparingTo("1");
  }

  @Test
  void laterScoresAndFlagsCanUseEarlierScores() {
    FormDefinition form =
        withScoring(
            "{\"scores\":[{\"id\":\"a\",\"expression\":{\"sum\":[\"q1\",\"q2\"]}},"
                + "{\"id\":\"b\",\"expression\":{\"*\":[{\"score\":\"a\"},2]}}],"
                + "\"flags\":[{\"id\":\"high\",\"when\":{\"and\":[{\">=\":[{\"score\":\"b\"},8]},"
                + "{\"not\":{\"==\":[\"q3\",3]}}]}}]}");
    ScoreReport report = scorerFor(form).score(Answers.parse("{\"q1\":2,\"q2\":2,\"q3\":0}"));
    assertThat(report.findScore("b").orElseThrow().value()).isEqualByComparingTo("8");
    assertThat(report.isRaised("high")).isTrue();
  }

  @Test
  void unknownOperatorsAndFieldsAreReportedWithPointers() {
    List<DefinitionProblem> problems =
        problemsOf(
            "{\"scores\":[{\"id\":\"t\",\"expression\":{\"sum\":[\"q1\",\"q99\",{\"eval\":\"1+1\"}]}}]}");
    assertThat(problems)
        .extracting(DefinitionProblem::pointer)
        .containsExactly(
            "/scoring/scores/0/expression/sum/1", "/scoring/scores/0/expression/sum/2/eval");
  }

  @Test
  void scoresCannotReferToLaterScores() {
    assertThat(
            problemsOf(
                "{\"scores\":[{\"id\":\"a\",\"expression\":{\"score\":\"b\"}},"
                    + "{\"id\":\"b\",\"expression\":1}]}"))
        .extracting(DefinitionProblem::reason)
        .containsExactly("no earlier score named \"b\"");
  }

  @Test
  void deeplyNestedExpressionsAreRefused() {
    String nested = "\"q1\"";
    for (int i = 0; i < 20; i++) {
      nested = "{\"sum\":[" + nested + "]}";
    }
    assertThat(problemsOf("{\"scores\":[{\"id\":\"t\",\"expression\":" + nested + "}]}"))
        .extracting(DefinitionProblem::reason)
        .contains("expression is too large or too deeply nested");
  }

  @Test
  void bandsMustRise() {
    assertThat(
            problemsOf(
                "{\"scores\":[{\"id\":\"t\",\"expression\":1,\"bands\":[{\"from\":5},{\"from\":5}]}]}"))
        .extracting(DefinitionProblem::pointer)
        .containsExactly("/scoring/scores/0/bands/1/from");
  }

  private static FormDefinition withScoring(String scoring) {
    ObjectNode json = SampleForms.json("phq9.json");
    json.set("scoring", Json.parse(scoring));
    return new DefinitionReader().read(json);
  }

  private static List<DefinitionProblem> problemsOf(String scoring) {
    List<DefinitionProblem> problems = new ArrayList<>();
    new ScoringReader().read(withScoring(scoring), problems);
    return problems;
  }
}
