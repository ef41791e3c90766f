package org.foyer.forms.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foyer.forms.SampleForms;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.rules.ClientFact;
import org.foyer.forms.populate.ClientFacts;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.populate.Populator;
import org.foyer.forms.rules.RuleEvaluator;
import org.foyer.forms.validation.AnswerValidator;
import org.foyer.forms.validation.ParseLimits;
import org.foyer.forms.validation.ParseResult;
import org.foyer.forms.validation.SubmissionParser;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class FormRendererTest {

  private static final FormDefinition INTAKE = SampleForms.intake();
  private static final Locale ES = Locale.forLanguageTag("es");

  private static FormState rejectedState() {
    SubmissionParser parser =
        new SubmissionParser(
            INTAKE, new RuleEvaluator(INTAKE), new AnswerValidator(INTAKE), ParseLimits.DEFAULT);
    Map<String, List<String>> post =
        Map.of(
            "firstName", List.of("Ana"),
            "sessionsPerMonth", List.of("four"),
            "symptoms", List.of("sleep", "anxiety"),
            "takesMedication", List.of("true"),
            "medications[0].dose", List.of("5 mg"),
            "reason", List.of("<script>alert(1)</script>"));
    ParseResult result = parser.parsePost(post, Answers.EMPTY);
    assertThat(result.isValid()).isFalse();
    return FormState.rejected(result, Populated.nothing());
  }

  @Test
  void blankIntakeIsValidHtml() {
    assertThat(HtmlChecker.errors(Renders.page(INTAKE, FormState.blank(), Locale.ENGLISH)))
        .isEmpty();
  }

  @Test
  void rejectedIntakeIsValidHtmlInSpanish() {
    assertThat(HtmlChecker.errors(Renders.page(INTAKE, rejectedState(), ES))).isEmpty();
  }

  @Test
  void scoredQuestionnaireIsValidHtml() {
    assertThat(
            HtmlChecker.errors(Renders.page(SampleForms.phq9(), FormState.blank(), Locale.ENGLISH)))
        .isEmpty();
  }

  @Test
  void everyInputHasALabelOrIsGroupedUnderALegend() {
    Dom dom = Dom.parse(Renders.page(INTAKE, rejectedState(), Locale.ENGLISH));
    List<Element> inputs = dom.all("//input[not(@type='hidden')] | //select | //textarea");
    assertThat(inputs).hasSizeGreaterThan(20);
    for (Element input : inputs) {
      String id = input.getAttribute("id");
      assertThat(dom.all("//label[@for='" + id + "']")).as("label for %s", id).hasSize(1);
    }
    for (Element choice : dom.all("//input[@type='radio' or @type='checkbox']")) {
      assertThat(dom.all("//fieldset[.//input[@id='" + choice.getAttribute("id") + "']]/legend"))
          .as("legend around %s", choice.getAttribute("id"))
          .isNotEmpty();
    }
  }

  @Test
  void helpAndErrorsAreTiedToTheirInputs() {
    Dom dom = Dom.parse(Renders.page(INTAKE, rejectedState(), Locale.ENGLISH));
    Element sessions = dom.byId("f-sessionsPerMonth");
    assertThat(sessions.getAttribute("aria-invalid")).isEqualTo("true");
    assertThat(sessions.getAttribute("aria-describedby")).isEqualTo("f-sessionsPerMonth-error");
    assertThat(dom.byId("f-sessionsPerMonth-error").getTextContent()).contains("whole number");
    Element preferred = dom.byId("f-preferredName");
    assertThat(preferred.getAttribute("aria-describedby")).isEqualTo("f-preferredName-help");
    assertThat(preferred.hasAttribute("aria-invalid")).isFalse();
    for (Element described : dom.all("//*[@aria-describedby]")) {
      for (String id : described.getAttribute("aria-describedby").split(" ")) {
        assertThat(dom.byId(id)).as("element %s", id).isNotNull();
      }
    }
  }

  @Test
  void errorSummaryLinksToEveryFieldInError() {
    Dom dom = Dom.parse(Renders.page(INTAKE, rejectedState(), Locale.ENGLISH));
    List<Element> links = dom.all("//div[@id='foyer-error-summary']//a");
    assertThat(links)
        .extracting(Element::getTextContent)
        .anySatisfy(t -> assertThat(t).startsWith("Legal last name: Please answer"))
        .anySatisfy(t -> assertThat(t).startsWith("Medications 1: Name: Please answer"));
    for (Element link : links) {
      String target = link.getAttribute("href").substring(1);
      assertThat(dom.byId(target)).as("target %s", target).isNotNull();
    }
    assertThat(dom.byId("foyer-error-summary").getAttribute("role")).isEqualTo("alert");
  }

  @Test
  void rejectedPostIsShownWithEverythingTyped() {
    Dom dom = Dom.parse(Renders.page(INTAKE, rejectedState(), Locale.ENGLISH));
    assertThat(dom.byId("f-sessionsPerMonth").getAttribute("value")).isEqualTo("four");
    assertThat(dom.byId("f-firstName").getAttribute("value")).isEqualTo("Ana");
    assertThat(dom.byId("f-medications-0-dose").getAttribute("value")).isEqualTo("5 mg");
    assertThat(dom.all("//input[@name='symptoms' and @checked]"))
        .extracting(e -> e.getAttribute("value"))
        .containsExactly("sleep", "anxiety");
    assertThat(dom.byId("f-reason").getTextContent()).isEqualTo("<script>alert(1)</script>");
  }

  @Test
  void typedMarkupIsEscapedNeverInjected() {
    String html = Renders.page(INTAKE, rejectedState(), Locale.ENGLISH);
    assertThat(html)
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>alert");
  }

  @Test
  void theOutputIsCspSafe() {
    String html = Renders.page(INTAKE, rejectedState(), Locale.ENGLISH);
    Dom dom = Dom.parse(html);
    assertThat(dom.all("//script[not(@src)]")).isEmpty();
    assertThat(dom.all("//style")).isEmpty();
    assertThat(dom.all("//*[@style]")).isEmpty();
    assertThat(html).doesNotContainPattern("\\son[a-z]+=").doesNotContain("javascript:");
  }

  @Test
  void theFormWorksWithoutJavaScript() {
    Dom dom = Dom.parse(Renders.fragment(INTAKE, FormState.blank(), Locale.ENGLISH));
    Element form = dom.all("//form").get(0);
    assertThat(form.getAttribute("method")).isEqualTo("post");
    assertThat(form.getAttribute("action")).isEqualTo("/submit");
    assertThat(dom.all("//button[@type='submit' and @name='_action']")).hasSize(1);
  }

  @Test
  void sectionsHiddenByRulesAreRenderedHiddenAndShownWhenTheirConditionMatches() {
    Dom blank = Dom.parse(Renders.fragment(INTAKE, FormState.blank(), Locale.ENGLISH));
    assertThat(blank.byId("s-medicationSection").hasAttribute("hidden")).isTrue();
    FormState taking =
        FormState.of(Answers.parse("{\"takesMedication\":true}"), Populated.nothing());
    Dom shown = Dom.parse(Renders.fragment(INTAKE, taking, Locale.ENGLISH));
    assertThat(shown.byId("s-medicationSection").hasAttribute("hidden")).isFalse();
  }

  @Test
  void repeatableGroupsRenderFixedRowsAndAnAddRowButton() {
    Dom dom = Dom.parse(Renders.fragment(INTAKE, FormState.blank(), Locale.ENGLISH));
    assertThat(dom.all("//fieldset[@id='f-medications']/fieldset")).hasSize(2);
    Element add = dom.all("//button[@name='_add']").get(0);
    assertThat(add.getAttribute("value")).isEqualTo("medications");
    assertThat(add.hasAttribute("formnovalidate")).isTrue();
    // What the script needs to add and remove rows in place, in the form's language.
    assertThat(add.getAttribute("data-foyer-max")).isEqualTo("10");
    assertThat(add.getAttribute("data-foyer-remove")).isEqualTo("Remove");
    assertThat(add.getAttribute("data-foyer-legend")).isNotEmpty();
    assertThat(
            Dom.parse(Renders.fragment(INTAKE, FormState.blank(), ES))
                .all("//button[@name='_add']")
                .get(0)
                .getAttribute("data-foyer-remove"))
        .isEqualTo("Quitar");

    Dom more =
        Dom.parse(
            Renders.fragment(
                INTAKE, FormState.blank().withExtraRow("medications"), Locale.ENGLISH));
    assertThat(more.all("//fieldset[@id='f-medications']/fieldset")).hasSize(3);
    assertThat(more.byId("f-medications-2-name").getAttribute("name"))
        .isEqualTo("medications[2].name");
  }

  @Test
  void lockedPrefillsAreReadOnlyAndSaySo() {
    Populated populated =
        new Populator()
            .populate(
                INTAKE,
                ClientFacts.of(
                    Map.of(
                        ClientFact.LEGAL_FIRST_NAME, "Ana", ClientFact.PREFERRED_NAME, "Annie")));
    Dom dom = Dom.parse(Renders.fragment(INTAKE, FormState.of(populated), Locale.ENGLISH));
    assertThat(dom.byId("f-firstName").getAttribute("value")).isEqualTo("Ana");
    assertThat(dom.byId("f-firstName").hasAttribute("readonly")).isTrue();
    assertThat(dom.byId("f-firstName").getAttribute("autocomplete")).isEqualTo("given-name");
    assertThat(dom.byId("f-preferredName").hasAttribute("readonly")).isFalse();
    assertThat(dom.byId("f-preferredName").getAttribute("value")).isEqualTo("Annie");
  }

  @Test
  void labelsFollowTheLocale() {
    Dom dom = Dom.parse(Renders.page(INTAKE, FormState.blank(), ES));
    assertThat(dom.all("//html").get(0).getAttribute("lang")).isEqualTo("es");
    assertThat(dom.all("//label[@for='f-firstName']").get(0).getTextContent())
        .startsWith("Nombre legal");
    assertThat(dom.all("//button[@name='_action']").get(0).getTextContent()).isEqualTo("Enviar");
  }

  @Test
  void requiredFieldsSayRequiredInTheirLabel() {
    Dom dom = Dom.parse(Renders.fragment(INTAKE, FormState.blank(), Locale.ENGLISH));
    assertThat(dom.all("//label[@for='f-email']").get(0).getTextContent()).contains("(required)");
    assertThat(dom.byId("f-email").getAttribute("aria-required")).isEqualTo("true");
    assertThat(dom.all("//label[@for='f-preferredName']").get(0).getTextContent())
        .doesNotContain("required");
  }

  @Test
  void theClinicianCountersignatureTakesNoInputInTheClientsForm() {
    com.fasterxml.jackson.databind.node.ObjectNode json = SampleForms.json("sample-intake.json");
    for (var page : json.get("ui").get("pages")) {
      for (var section : page.get("sections")) {
        for (var field : section.get("fields")) {
          if (field.get("field").asText().equals("signature")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) field).put("signer", "clinician");
          }
        }
      }
    }
    FormDefinition countersigned = new org.foyer.forms.definition.DefinitionReader().read(json);
    Dom dom = Dom.parse(Renders.fragment(countersigned, FormState.blank(), Locale.ENGLISH));
    assertThat(dom.all("//input[starts-with(@name, 'signature.')]")).isEmpty();
    assertThat(dom.all("//div[@data-foyer-signature='signature']")).isEmpty();
    assertThat(
            dom.all("//fieldset[contains(@class, 'foyer-countersigned')]/p")
                .get(0)
                .getTextContent())
        .contains("The clinician countersigns here");
  }

  @Test
  void signatureAndFileFieldsCarryReferencesNotData() {
    Dom dom = Dom.parse(Renders.fragment(INTAKE, FormState.blank(), Locale.ENGLISH));
    assertThat(dom.all("//input[@name='signature.ref' and @type='hidden']")).hasSize(1);
    assertThat(dom.all("//input[@name='signature.typedName']")).hasSize(1);
    assertThat(
            dom.all("//div[@data-foyer-signature='signature']")
                .get(0)
                .getAttribute("data-foyer-clear"))
        .isEqualTo("Clear");
    assertThat(dom.all("//input[@type='file' and @name='_upload.insuranceCard']")).hasSize(1);
    assertThat(dom.all("//form").get(0).getAttribute("enctype")).isEqualTo("multipart/form-data");
  }

  @Test
  void rulesTravelToTheLiveScriptAsData() {
    Element form =
        Dom.parse(Renders.fragment(INTAKE, FormState.blank(), Locale.ENGLISH)).all("//form").get(0);
    assertThat(form.getAttribute("data-foyer-rules")).contains("\"target\":\"medicationSection\"");
  }

  @Test
  void submissionLevelErrorsLinkToTheFirstField() {
    SubmissionParser parser =
        new SubmissionParser(
            INTAKE, new RuleEvaluator(INTAKE), new AnswerValidator(INTAKE), ParseLimits.DEFAULT);
    ParseResult result = parser.parsePost(Map.of("isAdmin", List.of("true")), Answers.EMPTY);
    Dom dom =
        Dom.parse(
            Renders.page(INTAKE, FormState.rejected(result, Populated.nothing()), Locale.ENGLISH));
    List<Element> links = dom.all("//div[@id='foyer-error-summary']//a");
    assertThat(links.get(0).getTextContent()).startsWith("The form: The form received an answer");
    assertThat(links.get(0).getAttribute("href")).isEqualTo("#f-firstName");
  }

  @Test
  void addRowStopsAtTheGroupsMaximum() {
    FormState state = FormState.blank();
    for (int i = 0; i < 20; i++) {
      state = state.withExtraRow("medications");
    }
    Dom dom = Dom.parse(Renders.fragment(INTAKE, state, Locale.ENGLISH));
    assertThat(dom.all("//fieldset[@id='f-medications']/fieldset")).hasSize(10);
    assertThat(dom.all("//button[@name='_add']")).isEmpty();
  }

  @Test
  void theLiveScriptShipsAsAStaticResource() throws java.io.IOException {
    try (var in =
        getClass().getResourceAsStream("/META-INF/resources/foyer-forms/foyer-forms.js")) {
      assertThat(in).isNotNull();
      String script = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
      assertThat(script)
          .contains("data-foyer-rules")
          .doesNotContain("eval(")
          .doesNotContain("innerHTML");
    }
  }

  @Test
  void aLockedFieldShowsTheRecordValueEvenAfterATamperedPost() {
    Populated populated =
        new Populator()
            .populate(INTAKE, ClientFacts.of(Map.of(ClientFact.LEGAL_FIRST_NAME, "Ana")));
    SubmissionParser parser =
        new SubmissionParser(
            INTAKE, new RuleEvaluator(INTAKE), new AnswerValidator(INTAKE), ParseLimits.DEFAULT);
    ParseResult result =
        parser.parsePost(Map.of("firstName", List.of("Mallory")), populated.answers());
    Dom dom =
        Dom.parse(Renders.fragment(INTAKE, FormState.rejected(result, populated), Locale.ENGLISH));
    assertThat(dom.byId("f-firstName").getAttribute("value")).isEqualTo("Ana");
  }

  @Test
  void hostileDefinitionTextIsEscapedToo() {
    com.fasterxml.jackson.databind.node.ObjectNode json = SampleForms.json("sample-intake.json");
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            json.get("ui").get("pages").get(0).get("sections").get(0).get("fields").get(1))
        .put("label", "<img src=x onerror=alert(1)>")
        .put("help", "\" onmouseover=\"alert(2)");
    FormDefinition hostile = new org.foyer.forms.definition.DefinitionReader().read(json);
    String html = Renders.page(hostile, FormState.blank(), Locale.ENGLISH);
    assertThat(html)
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .doesNotContain("<img")
        .doesNotContain("\" onmouseover=\"");
    assertThat(HtmlChecker.errors(html)).isEmpty();
  }
}
