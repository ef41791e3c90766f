package org.foyer.forms.populate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.foyer.forms.answers.Answers;

/**
 * The starting answers of a form and what was pre-filled into them. Keep it (or rebuild it from the
 * same facts) to parse the post, so locked values hold, and to list the client's changes.
 */
public record Populated(Answers answers, Map<String, PrefilledValue> prefilled) {

  public Populated {
    prefilled = Map.copyOf(prefilled);
  }

  public static Populated nothing() {
    return new Populated(Answers.EMPTY, Map.of());
  }

  /** Every editable pre-filled answer whose submitted value differs from the record's. */
  public List<PrefillChange> changesIn(Answers submitted) {
    List<PrefillChange> changes = new ArrayList<>();
    for (PrefilledValue value : prefilled.values()) {
      if (value.locked()) {
        continue;
      }
      JsonNode answered = submitted.get(value.field());
      String text = answered.isMissingNode() || answered.isNull() ? null : answered.asText();
      if (!value.value().equals(text)) {
        changes.add(new PrefillChange(value.field(), value.fact(), value.value(), text));
      }
    }
    changes.sort(java.util.Comparator.comparing(PrefillChange::field));
    return changes;
  }
}
