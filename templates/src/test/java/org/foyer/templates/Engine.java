package org.foyer.templates;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.DefinitionProblem;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.populate.ClientFacts;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.populate.Populator;
import org.foyer.forms.render.FormRenderer;
import org.foyer.forms.render.FormState;
import org.foyer.forms.render.RenderOptions;
import org.foyer.forms.rules.RuleEvaluator;
import org.foyer.forms.scoring.ScoreReport;
import org.foyer.forms.scoring.Scorer;
import org.foyer.forms.scoring.ScoringReader;
import org.foyer.forms.validation.AnswerValidator;
import org.foyer.forms.validation.ParseLimits;
import org.foyer.forms.validation.ParseResult;
import org.foyer.forms.validation.SubmissionParser;

/** The engine pipeline as the platform drives it, for the pack's forms. */
final class Engine {

  static final RenderOptions OPTIONS =
      RenderOptions.DEFAULT
          .withAction("/p/calm/intake/1")
          .withHiddenInputs(Map.of("_csrf", "t0k3n"))
          .withScript("/foyer-forms/foyer-forms.js");

  private Engine() {}

  static FormDefinition form(String id) {
    return DefaultTemplatePack.getForm(id);
  }

  static Populated populate(FormDefinition form, ClientFacts facts) {
    return new Populator().populate(form, facts);
  }

  static ParseResult parse(FormDefinition form, Posts post) {
    return parse(form, post, Populated.nothing());
  }

  static ParseResult parse(FormDefinition form, Posts post, Populated populated) {
    return parser(form).parsePost(post.build(), populated.answers());
  }

  static ParseResult parseJson(FormDefinition form, String json) {
    return parser(form).parseJson(json, Answers.EMPTY);
  }

  private static SubmissionParser parser(FormDefinition form) {
    return new SubmissionParser(
        form, new RuleEvaluator(form), new AnswerValidator(form), ParseLimits.DEFAULT);
  }

  static ScoreReport score(FormDefinition form, Answers answers) {
    List<DefinitionProblem> problems = new ArrayList<>();
    Scorer scorer = new Scorer(new ScoringReader().read(form, problems));
    if (!problems.isEmpty()) {
      throw new AssertionError("scoring problems: " + problems);
    }
    return scorer.score(answers);
  }

  static String renderPage(FormDefinition form, FormState state, Locale locale) {
    return renderPage(new FormRenderer(), form, state, locale);
  }

  static String renderPage(
      FormRenderer renderer, FormDefinition form, FormState state, Locale locale) {
    return renderer.renderPage(
        form, new RuleEvaluator(form).evaluate(state.answers().view()), state, locale, OPTIONS);
  }

  /** The error codes of a result by JSON pointer, for compact assertions. */
  static Map<String, ErrorCode> errors(ParseResult result) {
    Map<String, ErrorCode> errors = new java.util.LinkedHashMap<>();
    for (FieldError error : result.errors()) {
      errors.put(error.pointer(), error.code());
    }
    return errors;
  }
}
