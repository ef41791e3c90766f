package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Locale;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.scoring.ScoreReport;
import org.foyer.forms.scoring.ScoreResult;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * PHQ-9 (0-27) and GAD-7 (0-21) scored through the posted form, as a client answers them: the
 * published severity bands on every boundary, and the PHQ-9 item-9 flag.
 */
class QuestionnaireScoringTest {

  private static final Locale SPANISH = Locale.forLanguageTag("es");

  private final FormDefinition phq9 = Engine.form("phq-9");
  private final FormDefinition gad7 = Engine.form("gad-7");

  /** A post of {@code items} answers that add up to {@code total}, with item 9 set apart. */
  static Posts answersSummingTo(int items, int total, int item9) {
    Posts post = Posts.post();
    int remaining = total - item9;
    for (int i = 1; i <= items; i++) {
      int value = i == 9 ? item9 : Math.min(3, remaining);
      if (i != 9) {
        remaining -= value;
      }
      post.with("item" + i, Integer.toString(value));
    }
    if (remaining != 0) {
      throw new IllegalArgumentException("cannot reach " + total);
    }
    return post;
  }

  private ScoreResult total(FormDefinition form, Posts post) {
    ParseResult result = Engine.parse(form, post);
    assertThat(result.errors()).isEmpty();
    return Engine.score(form, result.answers()).findScore("total").orElseThrow();
  }

  @ParameterizedTest(name = "PHQ-9 total {0} is {1}")
  @CsvSource({
    "0,Minimal,Mínima",
    "4,Minimal,Mínima",
    "5,Mild,Leve",
    "9,Mild,Leve",
    "10,Moderate,Moderada",
    "14,Moderate,Moderada",
    "15,Moderately severe,Moderadamente grave",
    "19,Moderately severe,Moderadamente grave",
    "20,Severe,Grave",
    "27,Severe,Grave"
  })
  void phq9TotalsFallInThePublishedBands(int sum, String english, String spanish) {
    ScoreResult score = total(phq9, answersSummingTo(9, sum, sum == 27 ? 3 : 0));

    assertThat(score.value()).isEqualByComparingTo(Integer.toString(sum));
    assertThat(score.band().text(Locale.ENGLISH)).isEqualTo(english);
    assertThat(score.band().text(SPANISH)).isEqualTo(spanish);
  }

  @ParameterizedTest(name = "GAD-7 total {0} is {1}")
  @CsvSource({
    "0,Minimal,Mínima",
    "4,Minimal,Mínima",
    "5,Mild,Leve",
    "9,Mild,Leve",
    "10,Moderate,Moderada",
    "14,Moderate,Moderada",
    "15,Severe,Grave",
    "21,Severe,Grave"
  })
  void gad7TotalsFallInThePublishedBands(int sum, String english, String spanish) {
    ScoreResult score = total(gad7, answersSummingTo(7, sum, 0));

    assertThat(score.value()).isEqualByComparingTo(Integer.toString(sum));
    assertThat(score.band().text(Locale.ENGLISH)).isEqualTo(english);
    assertThat(score.band().text(SPANISH)).isEqualTo(spanish);
  }

  @ParameterizedTest(name = "item 9 answered {0} raises the flag: {1}")
  @CsvSource({"0,false", "1,true", "2,true", "3,true"})
  void anyAnswerAboveZeroOnItem9IsFlaggedWhateverTheTotal(int item9, boolean raised) {
    ParseResult result = Engine.parse(phq9, answersSummingTo(9, item9, item9));

    ScoreReport report = Engine.score(phq9, result.answers());

    assertThat(report.isRaised("item9")).isEqualTo(raised);
    assertThat(report.findScore("total").orElseThrow().band().text(Locale.ENGLISH))
        .isEqualTo("Minimal");
  }

  @Test
  void gad7HasNoFlags() {
    assertThat(Engine.score(gad7, Engine.parse(gad7, answersSummingTo(7, 21, 0)).answers()).flags())
        .isEmpty();
  }

  @Test
  void anUnansweredItemIsRefusedSoNoTotalIsSilentlyLow() {
    ParseResult result = Engine.parse(phq9, answersSummingTo(9, 12, 0).without("item4"));

    assertThat(Engine.errors(result)).containsOnly(entry("/item4", ErrorCode.REQUIRED));
    assertThat(Engine.score(phq9, result.answers()).findScore("total").orElseThrow().isComplete())
        .isFalse();
  }

  @Test
  void answersOutsideTheZeroToThreeScaleAreRefused() {
    ParseResult result =
        Engine.parse(gad7, answersSummingTo(7, 7, 0).with("item1", "4").with("item2", "-1"));

    assertThat(Engine.errors(result))
        .containsOnly(entry("/item1", ErrorCode.TOO_LARGE), entry("/item2", ErrorCode.TOO_SMALL));
  }

  @Test
  void theFunctionalDifficultyQuestionIsOptionalAndNotScored() {
    Posts post = answersSummingTo(9, 10, 0);

    ScoreResult without = total(phq9, post);
    ScoreResult with = total(phq9, post.copy().with("difficulty", "very-difficult"));

    assertThat(with.value()).isEqualByComparingTo(without.value());
  }

  @Test
  void everyItemUsesTheStandardFourPointScaleInBothLanguages() {
    for (FormDefinition form : new FormDefinition[] {phq9, gad7}) {
      form.fields().values().stream()
          .filter(f -> f.field().startsWith("item"))
          .forEach(
              item -> {
                assertThat(form.propertySchema(item.field()).path("minimum").asInt()).isZero();
                assertThat(form.propertySchema(item.field()).path("maximum").asInt()).isEqualTo(3);
                assertThat(item.options())
                    .extracting(o -> o.label().text(Locale.ENGLISH))
                    .containsExactly(
                        "Not at all",
                        "Several days",
                        "More than half the days",
                        "Nearly every day");
                assertThat(item.options())
                    .extracting(o -> o.label().text(SPANISH))
                    .containsExactly(
                        "Nunca",
                        "Varios días",
                        "Más de la mitad de los días",
                        "Casi todos los días");
              });
    }
  }

  @Test
  void item9OffersCrisisNumbersRightAfterTheQuestion() {
    java.util.List<String> order = java.util.List.copyOf(phq9.fields().keySet());

    assertThat(order.get(order.indexOf("item9") + 1)).isEqualTo("crisisNote");
    assertThat(phq9.findField("crisisNote").orElseThrow().label().text(SPANISH)).contains("988");
  }
}
