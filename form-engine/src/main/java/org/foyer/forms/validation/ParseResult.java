package org.foyer.forms.validation;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.answers.FieldError;

/**
 * What came of a submission: the typed answers that passed conversion (answers to hidden fields
 * removed), every error, the fields the rules hid, and what the user typed keyed by input name so a
 * rejected form re-renders exactly as it was sent.
 */
public record ParseResult(
    Answers answers, List<FieldError> errors, Set<String> hidden, Map<String, List<String>> typed) {

  public ParseResult {
    errors = List.copyOf(errors);
    hidden = Set.copyOf(hidden);
    // Wrapped, not copied: the parser hands over a map it no longer touches, and copying ~100
    // entries per post was measurable.
    typed = java.util.Collections.unmodifiableMap(typed);
  }

  public boolean isValid() {
    return errors.isEmpty();
  }
}
