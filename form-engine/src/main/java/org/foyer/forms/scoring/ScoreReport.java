package org.foyer.forms.scoring;

import java.util.List;
import java.util.Optional;

/** All scores and flags of one answer document, computed on the server. */
public record ScoreReport(List<ScoreResult> scores, List<FlagResult> flags) {

  public static final ScoreReport EMPTY = new ScoreReport(List.of(), List.of());

  public ScoreReport {
    scores = List.copyOf(scores);
    flags = List.copyOf(flags);
  }

  public Optional<ScoreResult> findScore(String id) {
    return scores.stream().filter(s -> s.id().equals(id)).findFirst();
  }

  public boolean isRaised(String flagId) {
    return flags.stream().anyMatch(f -> f.id().equals(flagId) && f.raised());
  }
}
