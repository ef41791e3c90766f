package org.foyer.forms.render;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.rules.RuleOutcome;

/** What building one render's view model needs, gathered once. */
final class ViewContext {

  final FormDefinition definition;
  final RuleOutcome outcome;
  final FormState state;
  final Locale locale;
  final Map<String, Object> texts;

  /** Errors by the pointer of the answer they concern, messages already localized. */
  final Map<String, String> errors = new LinkedHashMap<>();

  /** The element id each error links to from the summary, filled as fields are built. */
  final Map<String, String> errorTargets = new HashMap<>();

  final Map<String, String> errorLabels = new HashMap<>();

  ViewContext(FormDefinition definition, RuleOutcome outcome, FormState state, Locale locale) {
    this.definition = definition;
    this.outcome = outcome;
    this.state = state;
    this.locale = locale;
    this.texts = UiTexts.forLocale(locale);
    for (FieldError error : state.errors()) {
      errors.merge(error.pointer(), error.message(locale), (a, b) -> a + " " + b);
    }
  }

  String error(String pointer) {
    return errors.getOrDefault(pointer, "");
  }

  /** What the user typed under an input name, or null when nothing was posted for it. */
  List<String> typed(String inputName) {
    return state.typed().get(inputName);
  }

  JsonNode answer(String field) {
    return state.answers().get(field);
  }

  static String id(String inputName) {
    StringBuilder id = new StringBuilder(inputName.length() + 2).append("f-");
    for (int i = 0; i < inputName.length(); i++) {
      char c = inputName.charAt(i);
      if (c == '[' || c == '.') {
        id.append('-');
      } else if (c != ']') {
        id.append(c);
      }
    }
    return id.toString();
  }
}
