package org.foyer.forms.scoring;

import java.math.BigDecimal;
import java.util.List;
import org.foyer.forms.definition.layout.LocalizedText;

/** A parsed "scoring" block: scores computed in order, then flags. */
public record ScoringSpec(List<ScoreRule> scores, List<FlagRule> flags) {

  public static final ScoringSpec NONE = new ScoringSpec(List.of(), List.of());

  public ScoringSpec {
    scores = List.copyOf(scores);
    flags = List.copyOf(flags);
  }

  /** One score; bands are ordered by their lower bound, the last band reached applies. */
  public record ScoreRule(
      String id,
      LocalizedText label,
      Expression expression,
      BigDecimal min,
      BigDecimal max,
      boolean missingCountsAsZero,
      List<Band> bands) {
    public ScoreRule {
      bands = List.copyOf(bands);
    }
  }

  public record Band(BigDecimal from, LocalizedText label) {}

  public record FlagRule(String id, LocalizedText label, Expression when) {}
}
