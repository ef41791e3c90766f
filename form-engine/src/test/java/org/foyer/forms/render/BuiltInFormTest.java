package org.foyer.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.foyer.forms.SampleForms;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.ClientFact;
import org.foyer.forms.definition.DefinitionReader;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.populate.ClientFacts;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.populate.Populator;
import org.foyer.forms.rules.RuleEvaluator;
import org.foyer.forms.validation.AnswerValidator;
import org.foyer.forms.validation.ParseLimits;
import org.foyer.forms.validation.ParseResult;
import org.foyer.forms.validation.SubmissionParser;
import org.junit.jupiter.api.Test;

/**
 * The built-in layout is written in Java for speed; {@code form.vm} stays the reference (packs
 * {@code #parse} it). Whatever the form, language and state, both must write the same bytes.
 */
class BuiltInFormTest {

  private static final FormDefinition INTAKE = SampleForms.intake();
  private static final Locale ES = Locale.forLanguageTag("es");
  private static final RenderOptions OPTIONS =
      RenderOptions.DEFAULT
          .withAction("/p/calm/intake/1?a=1&b=\"2\"")
          .withHiddenInputs(Map.of("_csrf", "4f<1>", "_step", "2"))
          .withSignatureUpload("/p/calm/blobs")
          .withScript("/foyer-forms/foyer-forms.js");

  private static void assertSameAsTemplate(FormDefinition form, FormState state, Locale locale) {
    FormRenderer renderer = new FormRenderer();
    var outcome = new RuleEvaluator(form).evaluate(state.answers().view());
    String velocity = renderer.renderWithVelocity(form, outcome, state, locale, OPTIONS);
    assertThat(renderer.renderFragment(form, outcome, state, locale, OPTIONS)).isEqualTo(velocity);
    assertThat(renderer.renderFragment(form, outcome, state, locale, RenderOptions.DEFAULT))
        .isEqualTo(
            renderer.renderWithVelocity(form, outcome, state, locale, RenderOptions.DEFAULT));
  }

  private static ParseResult parse(FormDefinition form, Map<String, List<String>> post) {
    return new SubmissionParser(
            form, new RuleEvaluator(form), new AnswerValidator(form), ParseLimits.DEFAULT)
        .parsePost(post, Answers.EMPTY);
  }

  @Test
  void blankFormsMatchTheTemplateInEveryLanguage() {
    for (FormDefinition form : List.of(INTAKE, SampleForms.phq9(), SampleForms.gad7())) {
      assertSameAsTemplate(form, FormState.blank(), Locale.ENGLISH);
      assertSameAsTemplate(form, FormState.blank(), ES);
    }
  }

  @Test
  void populatedAndLockedFieldsMatchTheTemplate() {
    Populated populated =
        new Populator()
            .populate(
                INTAKE,
                ClientFacts.of(
                    Map.of(
                        ClientFact.LEGAL_FIRST_NAME, "Ana & \"Bo\"",
                        ClientFact.EMAIL, "ana@example.org",
                        ClientFact.DATE_OF_BIRTH, "1990-02-28")));
    assertSameAsTemplate(INTAKE, FormState.of(populated), Locale.ENGLISH);
    assertSameAsTemplate(INTAKE, FormState.of(populated).withExtraRow("medications"), ES);
  }

  @Test
  void rejectedPostsWithErrorsMatchTheTemplate() {
    Map<String, List<String>> post = new LinkedHashMap<>();
    post.put("firstName", List.of("<b>Ana</b>"));
    post.put("sessionsPerMonth", List.of("four"));
    post.put("symptoms", List.of("sleep", "anxiety"));
    post.put("takesMedication", List.of("true"));
    post.put("medications[0].dose", List.of("5 mg"));
    post.put("medications[3].name", List.of("x"));
    post.put("stress", List.of("9"));
    post.put("email", List.of("not an email"));
    post.put("signature.ref", List.of("data:image/png;base64,AAAA"));
    post.put("signature.typedName", List.of("Ana's"));
    post.put("insuranceCard.ref", List.of("blob-1"));
    post.put("insuranceCard.name", List.of("card <1>.png"));
    post.put("isAdmin", List.of("true"));
    ParseResult result = parse(INTAKE, post);
    assertThat(result.isValid()).isFalse();
    FormState state = FormState.rejected(result, Populated.nothing());
    assertSameAsTemplate(INTAKE, state, Locale.ENGLISH);
    assertSameAsTemplate(INTAKE, state, ES);
  }

  @Test
  void storedAnswersWithReferencesMatchTheTemplate() {
    ObjectNode answers = SampleForms.json("sample-intake.json").objectNode();
    answers.put("firstName", "Ana").put("stress", 3).put("takesMedication", true);
    answers.putArray("symptoms").add("sleep");
    answers.putArray("medications").addObject().put("name", "A").put("dose", "1");
    answers.putObject("signature").put("ref", "b1").put("sha256", "ab").put("typedName", "Ana");
    answers.putObject("insuranceCard").put("ref", "b2").put("sha256", "cd").put("name", "c.png");
    assertSameAsTemplate(
        INTAKE, FormState.of(Answers.of(answers), Populated.nothing()), Locale.ENGLISH);
  }

  @Test
  void hostileDefinitionTextMatchesTheTemplate() {
    ObjectNode json = SampleForms.json("sample-intake.json");
    ((ObjectNode) json.get("ui").get("pages").get(0).get("sections").get(0).get("fields").get(1))
        .put("label", "<img src=x onerror=alert(1)>")
        .put("help", "\" onmouseover=\"alert(2)");
    assertSameAsTemplate(new DefinitionReader().read(json), FormState.blank(), Locale.ENGLISH);
  }

  @Property(tries = 60)
  void anyPostRendersAsTheTemplateWould(@ForAll("posts") Map<String, List<String>> post) {
    FormState state = FormState.rejected(parse(INTAKE, post), Populated.nothing());
    assertSameAsTemplate(INTAKE, state, Locale.ENGLISH);
  }

  @Provide
  Arbitrary<Map<String, List<String>>> posts() {
    Arbitrary<String> names =
        Arbitraries.of(
            "firstName",
            "lastName",
            "dateOfBirth",
            "email",
            "phone",
            "contactMethod",
            "referral",
            "reason",
            "sessionsPerMonth",
            "symptoms",
            "stress",
            "takesMedication",
            "medications[0].name",
            "medications[1].dose",
            "medications[4].name",
            "consent",
            "initials",
            "signature.ref",
            "signature.sha256",
            "signature.typedName",
            "insuranceCard.ref",
            "insuranceCard.mediaType",
            "unknown",
            "_csrf");
    Arbitrary<String> values =
        Arbitraries.oneOf(
            Arbitraries.of("", "true", "false", "3", "sleep", "phone", "2026-02-30", "a@b.org"),
            Arbitraries.strings().ofMaxLength(12).withChars("<>&\"' aé1-"));
    return Arbitraries.maps(names, values.list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(12);
  }
}
