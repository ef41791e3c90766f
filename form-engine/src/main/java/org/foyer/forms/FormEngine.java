package org.foyer.forms;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.DefinitionReader;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.problems.DefinitionProblem;
import org.foyer.forms.definition.problems.InvalidDefinition;
import org.foyer.forms.pdf.CompletedForm;
import org.foyer.forms.pdf.PdfForms;
import org.foyer.forms.pdf.PdfHeading;
import org.foyer.forms.populate.ClientFacts;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.populate.Populator;
import org.foyer.forms.populate.PrefillChange;
import org.foyer.forms.render.FormRenderer;
import org.foyer.forms.render.FormState;
import org.foyer.forms.render.RenderOptions;
import org.foyer.forms.rules.RuleOutcome;
import org.foyer.forms.scoring.ScoreReport;
import org.foyer.forms.signature.SignatureCapture;
import org.foyer.forms.signature.SignatureRecord;
import org.foyer.forms.signature.Signer;
import org.foyer.forms.validation.ParseLimits;
import org.foyer.forms.validation.ParseResult;

/**
 * The platform's entry point to the engine: populate, render, parse, validate, score, sign and
 * print one form definition. Thread-safe; create one and share it. Definitions are compiled once
 * per content hash and cached.
 *
 * <p>A definition from a template pack with its own layout renders with that pack's layouts; pass
 * {@code layouts} (for example {@code TemplatePacks::rendererFor}) to resolve them.
 */
public final class FormEngine {

  private final ParseLimits limits;
  private final FormCache cache = new FormCache(512);
  private final FormRenderer builtIn = new FormRenderer();
  private final Function<FormDefinition, FormRenderer> layouts;
  private final DefinitionReader reader = new DefinitionReader();
  private final Populator populator = new Populator();
  private final Signer signer = new Signer();

  public FormEngine() {
    this(ParseLimits.DEFAULT, definition -> null);
  }

  /**
   * @param layouts the renderer holding a definition's pack layouts, or null for the built-in
   *     layout
   */
  public FormEngine(ParseLimits limits, Function<FormDefinition, FormRenderer> layouts) {
    this.limits = Objects.requireNonNull(limits, "limits");
    this.layouts = Objects.requireNonNull(layouts, "layouts");
  }

  /** Reads and checks a definition; throws {@link InvalidDefinition} listing every problem. */
  public FormDefinition read(String json) {
    FormDefinition definition = reader.read(json);
    List<DefinitionProblem> problems = check(definition);
    if (!problems.isEmpty()) {
      throw new InvalidDefinition(problems);
    }
    return definition;
  }

  /** Problems the definition reader cannot see alone (scoring); empty when usable. */
  public List<DefinitionProblem> check(FormDefinition definition) {
    return new ArrayList<>(compiled(definition).scoringProblems);
  }

  public Populated populate(FormDefinition definition, ClientFacts facts) {
    return populator.populate(definition, facts);
  }

  /** Which fields the rules hide, require or disable for these answers. */
  public RuleOutcome rules(FormDefinition definition, Answers answers) {
    return compiled(definition).rules.evaluate(answers.view());
  }

  /** The form as an HTML fragment (a {@code <form>} element) for the platform's page. */
  public String render(
      FormDefinition definition, FormState state, Locale locale, RenderOptions options) {
    return rendererFor(definition)
        .renderFragment(definition, rules(definition, state.answers()), state, locale, options);
  }

  /** The form as a complete HTML page. */
  public String renderPage(
      FormDefinition definition, FormState state, Locale locale, RenderOptions options) {
    return rendererFor(definition)
        .renderPage(definition, rules(definition, state.answers()), state, locale, options);
  }

  /**
   * Parses a browser post into typed, validated answers. {@code populated} is what {@link
   * #populate} returned when the form was shown: locked pre-filled answers keep those values.
   */
  public ParseResult parse(
      FormDefinition definition, Map<String, List<String>> post, Populated populated) {
    return compiled(definition).parser.parsePost(post, populated.answers());
  }

  public ParseResult parse(FormDefinition definition, Map<String, List<String>> post) {
    return parse(definition, post, Populated.nothing());
  }

  /** Parses a JSON answer document (the API's way in) through the same checks. */
  public ParseResult parseJson(FormDefinition definition, String json, Populated populated) {
    return compiled(definition).parser.parseJson(json, populated.answers());
  }

  /** Validates stored answers again (for example before signing or after a definition copy). */
  public ParseResult validate(FormDefinition definition, Answers answers) {
    return compiled(definition).parser.revalidate(answers);
  }

  /** Scores and flags, always computed here on the server. */
  public ScoreReport score(FormDefinition definition, Answers answers) {
    return compiled(definition).scorer.score(answers);
  }

  /** Pre-filled answers the client changed, for staff to take back into the record. */
  public List<PrefillChange> changedPrefills(Populated populated, Answers submitted) {
    return populated.changesIn(submitted);
  }

  public SignatureRecord sign(
      FormDefinition definition, Answers answers, SignatureCapture capture) {
    return signer.sign(definition, answers, capture);
  }

  /** True when the answers are still exactly what the signature covers. */
  public boolean signatureCovers(
      SignatureRecord record, FormDefinition definition, Answers answers) {
    return signer.covers(record, definition, answers);
  }

  public byte[] blankPdf(FormDefinition definition, Locale locale) {
    return blankPdf(definition, PdfHeading.NONE, locale);
  }

  /** A paper form headed by its practice on every page. */
  public byte[] blankPdf(FormDefinition definition, PdfHeading heading, Locale locale) {
    return new PdfForms(builtIn).blank(definition, heading, locale);
  }

  public byte[] completedPdf(FormDefinition definition, CompletedForm completed, Locale locale) {
    return new PdfForms(builtIn)
        .completed(definition, rules(definition, completed.answers()), completed, locale);
  }

  private FormRenderer rendererFor(FormDefinition definition) {
    if (definition.layout().isEmpty()) {
      return builtIn;
    }
    FormRenderer renderer = layouts.apply(definition);
    if (renderer == null) {
      throw new IllegalStateException(
          "Form "
              + definition.id()
              + " names layout "
              + definition.layout().get()
              + " but no installed pack provides it");
    }
    return renderer;
  }

  private CompiledForm compiled(FormDefinition definition) {
    return cache.get(definition, d -> new CompiledForm(d, limits));
  }
}
