package org.foyer.forms.rules;

import java.util.Set;

/**
 * Which fields the rules hide, require or disable for one answer document. A field inside a hidden
 * or disabled section is itself hidden or disabled.
 */
public record RuleOutcome(Set<String> hidden, Set<String> required, Set<String> disabled) {

  public static final RuleOutcome NONE = new RuleOutcome(Set.of(), Set.of(), Set.of());

  public RuleOutcome {
    hidden = Set.copyOf(hidden);
    required = Set.copyOf(required);
    disabled = Set.copyOf(disabled);
  }

  public boolean isHidden(String fieldOrSection) {
    return hidden.contains(fieldOrSection);
  }

  /** Hidden fields are never required, whatever a rule or the schema says. */
  public boolean isRequired(String field) {
    return required.contains(field) && !hidden.contains(field);
  }

  public boolean isDisabled(String field) {
    return disabled.contains(field);
  }
}
