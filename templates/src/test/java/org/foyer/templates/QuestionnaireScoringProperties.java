package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.scoring.ScoreReport;
import org.foyer.forms.validation.ParseResult;

/** For any set of answers on the 0-3 scale, the total, its band and the flag follow the rules. */
class QuestionnaireScoringProperties {

  private static final FormDefinition PHQ9 = DefaultPack.form("phq-9");
  private static final FormDefinition GAD7 = DefaultPack.form("gad-7");

  private static ScoreReport score(FormDefinition form, List<Integer> answers) {
    Posts post = Posts.post();
    for (int i = 0; i < answers.size(); i++) {
      post.with("item" + (i + 1), Integer.toString(answers.get(i)));
    }
    ParseResult result = Engine.parse(form, post);
    assertThat(result.errors()).isEmpty();
    return Engine.score(form, result.answers());
  }

  static String phq9Band(int total) {
    if (total >= 20) {
      return "Severe";
    }
    if (total >= 15) {
      return "Moderately severe";
    }
    return gad7Band(total);
  }

  static String gad7Band(int total) {
    if (total >= 15) {
      return "Severe";
    }
    if (total >= 10) {
      return "Moderate";
    }
    return total >= 5 ? "Mild" : "Minimal";
  }

  @Property(tries = 300)
  void phq9TotalIsTheItemSumInItsPublishedBandAndItem9IsFlaggedIffAboveZero(
      @ForAll @Size(9) List<@IntRange(min = 0, max = 3) Integer> answers) {
    int total = answers.stream().mapToInt(Integer::intValue).sum();

    ScoreReport report = score(PHQ9, answers);

    assertThat(report.findScore("total").orElseThrow().value()).isEqualByComparingTo("" + total);
    assertThat(report.findScore("total").orElseThrow().band().text(Locale.ENGLISH))
        .isEqualTo(phq9Band(total));
    assertThat(report.isRaised("item9")).isEqualTo(answers.get(8) > 0);
  }

  @Property(tries = 300)
  void gad7TotalIsTheItemSumInItsPublishedBand(
      @ForAll @Size(7) List<@IntRange(min = 0, max = 3) Integer> answers) {
    int total = answers.stream().mapToInt(Integer::intValue).sum();

    ScoreReport report = score(GAD7, answers);

    assertThat(report.findScore("total").orElseThrow().value()).isEqualByComparingTo("" + total);
    assertThat(report.findScore("total").orElseThrow().band().text(Locale.ENGLISH))
        .isEqualTo(gad7Band(total));
  }
}
