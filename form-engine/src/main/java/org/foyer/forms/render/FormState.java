package org.foyer.forms.render;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.populate.PrefilledValue;
import org.foyer.forms.validation.ParseResult;

/**
 * Everything that varies between two renders of the same form: the answers, what the user typed
 * (shown as typed after a rejected post, even when it did not convert), the errors, which
 * pre-filled fields are locked, and how many extra rows each repeatable group asked for.
 */
public record FormState(
    Answers answers,
    Map<String, List<String>> typed,
    List<FieldError> errors,
    Set<String> locked,
    Map<String, Integer> extraRows) {

  public FormState {
    typed = Map.copyOf(typed);
    errors = List.copyOf(errors);
    locked = Set.copyOf(locked);
    extraRows = Map.copyOf(extraRows);
  }

  public static FormState blank() {
    return new FormState(Answers.EMPTY, Map.of(), List.of(), Set.of(), Map.of());
  }

  /** A fresh form showing pre-filled answers, locked ones read-only. */
  public static FormState of(Populated populated) {
    return new FormState(populated.answers(), Map.of(), List.of(), lockedOf(populated), Map.of());
  }

  /** Answers already stored (a saved draft), with no errors. */
  public static FormState of(Answers answers, Populated populated) {
    return new FormState(answers, Map.of(), List.of(), lockedOf(populated), Map.of());
  }

  /** A rejected post, to show again with everything the user typed and every error. */
  public static FormState rejected(ParseResult result, Populated populated) {
    return new FormState(
        result.answers(), result.typed(), result.errors(), lockedOf(populated), Map.of());
  }

  /** The same state with one more blank row in a repeatable group ("add row" button). */
  public FormState withExtraRow(String group) {
    Map<String, Integer> rows = new HashMap<>(extraRows);
    rows.merge(group, 1, Integer::sum);
    return new FormState(answers, typed, errors, locked, rows);
  }

  private static Set<String> lockedOf(Populated populated) {
    return populated.prefilled().values().stream()
        .filter(PrefilledValue::locked)
        .map(PrefilledValue::field)
        .collect(java.util.stream.Collectors.toSet());
  }
}
