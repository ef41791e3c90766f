package org.foyer.templates;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.foyer.forms.FormEngine;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.populate.ClientFacts;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.render.FormState;
import org.foyer.forms.render.RenderOptions;
import org.foyer.forms.scoring.ScoreReport;
import org.foyer.forms.validation.ParseResult;

/** The engine's facade as the platform drives it, for the default pack's forms. */
final class Engine {

  static final FormEngine ENGINE = new FormEngine();

  static final RenderOptions OPTIONS =
      RenderOptions.DEFAULT
          .withAction("/p/calm/intake/1")
          .withHiddenInputs(Map.of("_csrf", "t0k3n"))
          .withScript("/foyer-forms/foyer-forms.js");

  private Engine() {}

  static FormDefinition form(String id) {
    return DefaultPack.form(id);
  }

  static Populated populate(FormDefinition form, ClientFacts facts) {
    return ENGINE.populate(form, facts);
  }

  static ParseResult parse(FormDefinition form, Posts post) {
    return ENGINE.parse(form, post.build());
  }

  static ParseResult parse(FormDefinition form, Posts post, Populated populated) {
    return ENGINE.parse(form, post.build(), populated);
  }

  static ParseResult parseJson(FormDefinition form, String json) {
    return ENGINE.parseJson(form, json, Populated.nothing());
  }

  static ScoreReport score(FormDefinition form, Answers answers) {
    return ENGINE.score(form, answers);
  }

  static String renderPage(FormDefinition form, FormState state, Locale locale) {
    return ENGINE.renderPage(form, state, locale, OPTIONS);
  }

  /** The error codes of a result by JSON pointer, for compact assertions. */
  static Map<String, ErrorCode> errors(ParseResult result) {
    Map<String, ErrorCode> errors = new LinkedHashMap<>();
    for (FieldError error : result.errors()) {
      errors.put(error.pointer(), error.code());
    }
    return errors;
  }
}
