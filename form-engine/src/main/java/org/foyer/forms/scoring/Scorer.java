package org.foyer.forms.scoring;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.layout.LocalizedText;

/** Evaluates a {@link ScoringSpec} against answers. Pure and thread-safe. */
public final class Scorer {

  private final ScoringSpec spec;

  public Scorer(ScoringSpec spec) {
    this.spec = spec;
  }

  public ScoreReport score(Answers answers) {
    ScoringContext context = new ScoringContext(answers);
    List<ScoreResult> scores = new ArrayList<>();
    for (ScoringSpec.ScoreRule rule : spec.scores()) {
      context.missingCountsAsZero(rule.missingCountsAsZero());
      BigDecimal value = rule.expression().number(context);
      context.missingCountsAsZero(false);
      value = clamp(value, rule);
      context.record(rule.id(), value);
      scores.add(new ScoreResult(rule.id(), rule.label(), value, band(value, rule)));
    }
    List<FlagResult> flags = new ArrayList<>();
    for (ScoringSpec.FlagRule rule : spec.flags()) {
      flags.add(new FlagResult(rule.id(), rule.label(), rule.when().truth(context)));
    }
    return new ScoreReport(scores, flags);
  }

  /**
   * Answers already passed schema validation, so a value outside min..max means a spec error;
   * clamping keeps the band lookup meaningful instead of failing the submission.
   */
  private static BigDecimal clamp(BigDecimal value, ScoringSpec.ScoreRule rule) {
    if (value == null) {
      return null;
    }
    if (rule.min() != null && value.compareTo(rule.min()) < 0) {
      return rule.min();
    }
    if (rule.max() != null && value.compareTo(rule.max()) > 0) {
      return rule.max();
    }
    return value;
  }

  private static LocalizedText band(BigDecimal value, ScoringSpec.ScoreRule rule) {
    LocalizedText band = LocalizedText.EMPTY;
    if (value == null) {
      return band;
    }
    for (ScoringSpec.Band candidate : rule.bands()) {
      if (value.compareTo(candidate.from()) >= 0) {
        band = candidate.label();
      }
    }
    return band;
  }
}
