package org.foyer.forms.definition.rules;

/** What a rule does to its target when its condition matches the answers. */
public enum RuleEffect {
  /** The target is shown only while a SHOW condition matches. */
  SHOW,
  HIDE,
  REQUIRE,
  DISABLE
}
