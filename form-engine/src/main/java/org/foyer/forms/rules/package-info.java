/**
 * Rules: show, hide, require or disable a field or section while a JSON Schema condition matches
 * the answers. {@link org.foyer.forms.rules.RuleEvaluator} is the one place this is decided.
 */
package org.foyer.forms.rules;
