package org.foyer.forms.scoring;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import org.foyer.forms.answers.Answers;

/** What an expression may read: numeric answers and scores computed earlier in the spec. */
final class ScoringContext {

  private final Answers answers;
  private final Map<String, BigDecimal> scores = new HashMap<>();
  private boolean missingCountsAsZero;

  ScoringContext(Answers answers) {
    this.answers = answers;
  }

  BigDecimal item(String field) {
    JsonNode v = answers.get(field);
    if (v.isNumber()) {
      return v.decimalValue();
    }
    if (v.isBoolean()) {
      return v.booleanValue() ? BigDecimal.ONE : BigDecimal.ZERO;
    }
    if (v.isTextual()) {
      try {
        return new BigDecimal(v.textValue());
      } catch (NumberFormatException e) {
        return null;
      }
    }
    return null;
  }

  BigDecimal score(String id) {
    return scores.get(id);
  }

  void record(String id, BigDecimal value) {
    scores.put(id, value);
  }

  boolean missingCountsAsZero() {
    return missingCountsAsZero;
  }

  void missingCountsAsZero(boolean value) {
    this.missingCountsAsZero = value;
  }
}
