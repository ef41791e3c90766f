package org.foyer.forms.render;

import java.util.Locale;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.rules.RuleEvaluator;

/** Renders for tests. */
final class Renders {

  static final FormRenderer RENDERER = new FormRenderer();

  static String page(FormDefinition form, FormState state, Locale locale) {
    return RENDERER.renderPage(
        form,
        new RuleEvaluator(form).evaluate(state.answers().view()),
        state,
        locale,
        RenderOptions.DEFAULT
            .withAction("/p/calm/intake/1")
            .withScript("/foyer-forms/foyer-forms.js"));
  }

  static String fragment(FormDefinition form, FormState state, Locale locale) {
    return RENDERER.renderFragment(
        form,
        new RuleEvaluator(form).evaluate(state.answers().view()),
        state,
        locale,
        RenderOptions.DEFAULT.withAction("/submit"));
  }
}
