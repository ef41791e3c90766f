package org.foyer.forms.scoring;

import java.math.BigDecimal;
import org.foyer.forms.definition.layout.LocalizedText;

/**
 * One computed score. {@code value} is null when an item it needs is unanswered (the score is
 * incomplete rather than silently low); {@code band} is then empty too.
 */
public record ScoreResult(String id, LocalizedText label, BigDecimal value, LocalizedText band) {

  public boolean isComplete() {
    return value != null;
  }
}
