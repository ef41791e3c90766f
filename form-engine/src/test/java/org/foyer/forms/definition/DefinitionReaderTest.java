package org.foyer.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.assertj.core.api.ThrowableAssert;
import org.foyer.forms.SampleForms;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.Page;
import org.foyer.forms.definition.layout.SignedBy;
import org.foyer.forms.definition.problems.DefinitionProblem;
import org.foyer.forms.definition.problems.InvalidDefinition;
import org.foyer.forms.definition.rules.Audience;
import org.foyer.forms.definition.rules.ClientFact;
import org.foyer.forms.definition.rules.Prefill;
import org.foyer.forms.json.Json;
import org.junit.jupiter.api.Test;

class DefinitionReaderTest {

  private final DefinitionReader reader = new DefinitionReader();

  @Test
  void readsTheSampleIntakeWithPagesSectionsFieldsRulesAndPrefills() {
    FormDefinition form = SampleForms.intake();

    assertThat(form.id()).isEqualTo("adult-intake");
    assertThat(form.kind()).isEqualTo(FormKind.INTAKE);
    assertThat(form.status()).isEqualTo(FormStatus.DRAFT);
    assertThat(form.pages()).extracting(Page::id).containsExactly("about", "health", "sign");
    assertThat(form.fields()).containsKeys("firstName", "medications", "signature", "welcome");
    assertThat(form.findField("medications").orElseThrow().columns())
        .extracting(FieldUi::field)
        .containsExactly("name", "dose");
    assertThat(form.rules()).hasSize(2);
    assertThat(form.populate().get("firstName"))
        .isEqualTo(new Prefill(ClientFact.LEGAL_FIRST_NAME, true));
    assertThat(form.populate().get("email")).isEqualTo(new Prefill(ClientFact.EMAIL, false));
    assertThat(form.title().text(Locale.forLanguageTag("es"))).isEqualTo("Admisión de adultos");
    assertThat(form.sectionOf("medications")).contains("medicationSection");
  }

  @Test
  void aFormSaysWhoItAppliesToAndAppliesToEveryoneWhenItSaysNothing() {
    ObjectNode json = SampleForms.json("sample-intake.json");
    json.putArray("appliesTo").add("minor").add("insured");
    FormDefinition forMinors = reader.read(json);

    assertThat(forMinors.appliesTo()).containsExactlyInAnyOrder(Audience.MINOR, Audience.INSURED);
    assertThat(SampleForms.intake().appliesTo()).isEmpty();
    assertThat(Audience.fitsAge(forMinors.appliesTo(), true)).isTrue();
    assertThat(Audience.fitsAge(forMinors.appliesTo(), false)).isFalse();
    assertThat(Audience.fitsAge(java.util.Set.of(Audience.INSURED), false)).isTrue();
    assertThat(Audience.fitsAge(java.util.Set.of(), true)).isTrue();
  }

  @Test
  void theEstimatedTimeIsAFewMinutesForTheSampleAndAtLeastOne() {
    assertThat(SampleForms.intake().estimatedMinutes()).isBetween(1, 10);
  }

  @Test
  void anUnknownRepeatedOrMistypedAudienceIsReportedWithItsPointer() {
    assertProblemAfter(
        json -> json.putArray("appliesTo").add("adult").add("teen"),
        "/appliesTo/1",
        "must be a list of [adult, minor, couple, insured]");
    assertProblemAfter(
        json -> json.putArray("appliesTo").add("adult").add("adult"),
        "/appliesTo/1",
        "without repeats");
    assertProblemAfter(json -> json.put("appliesTo", "adult"), "/appliesTo", "must be a list");
  }

  @Test
  void labelsFallBackToEnglishWhenATranslationIsMissing() {
    FieldUi email = SampleForms.intake().findField("email").orElseThrow();
    assertThat(email.placeholder().text(Locale.forLanguageTag("es"))).isEqualTo("name@example.org");
  }

  @Test
  void malformedJsonIsReportedNotThrownRaw() {
    assertProblem(() -> reader.read("{\"id\": "), "", "Not well-formed JSON");
  }

  @Test
  void duplicateKeysAreRefused() {
    assertProblem(() -> reader.read("{\"id\":\"a\",\"id\":\"b\"}"), "", "Duplicate field");
  }

  @Test
  void unknownWidgetIsReportedWithItsPointer() {
    assertProblemAfter(
        json -> field(json, 0, 0, 1).put("widget", "slider"),
        "/ui/pages/0/sections/0/fields/1/widget",
        "unknown widget \"slider\"");
  }

  @Test
  void signatureFieldsSayWhoSignsThem() {
    com.fasterxml.jackson.databind.node.ObjectNode json = SampleForms.json("sample-intake.json");
    signatureField(json).put("signer", "onBehalfOf");
    assertThat(reader.read(json).fields().get("signature").signedBy())
        .isEqualTo(SignedBy.ON_BEHALF_OF);
    assertThat(SampleForms.intake().fields().get("signature").signedBy())
        .isEqualTo(SignedBy.ANYONE);
  }

  @Test
  void aSignatureFieldMayBeTheClinicianCountersignature() {
    com.fasterxml.jackson.databind.node.ObjectNode json = SampleForms.json("sample-intake.json");
    signatureField(json).put("signer", "clinician");
    SignedBy signedBy = reader.read(json).fields().get("signature").signedBy();
    assertThat(signedBy).isEqualTo(SignedBy.CLINICIAN);
    assertThat(signedBy.signsInPortal()).isFalse();
  }

  @Test
  void anUnknownSignerOrASignerOnAnotherWidgetIsReported() {
    assertProblemAfter(
        json -> signatureField(json).put("signer", "parent"),
        "/ui/pages/2/sections/0/fields/3/signer",
        "must be \"anyone\", \"self\", \"onBehalfOf\" or \"clinician\"");
    assertProblemAfter(
        json -> field(json, 0, 0, 1).put("signer", "self"),
        "/ui/pages/0/sections/0/fields/1/signer",
        "only a signature field says who signs it");
  }

  private static com.fasterxml.jackson.databind.node.ObjectNode signatureField(
      com.fasterxml.jackson.databind.node.ObjectNode json) {
    for (var page : json.get("ui").get("pages")) {
      for (var section : page.get("sections")) {
        for (var field : section.get("fields")) {
          if (field.get("widget").asText().equals("signature")) {
            return (com.fasterxml.jackson.databind.node.ObjectNode) field;
          }
        }
      }
    }
    throw new IllegalStateException("no signature field");
  }

  @Test
  void uiFieldMissingFromTheSchemaIsReported() {
    assertProblemAfter(
        json -> field(json, 0, 0, 1).put("field", "middleName"),
        "/ui/pages/0/sections/0/fields/1/field",
        "UI field \"middleName\" is not in the schema");
  }

  @Test
  void schemaPropertyWithoutUiFieldIsReported() {
    assertProblemAfter(
        json -> properties(json).putObject("shoeSize").put("type", "integer"),
        "/schema/properties/shoeSize",
        "has no field in the UI");
  }

  @Test
  void widgetIncompatibleWithTheSchemaTypeIsReported() {
    assertProblemAfter(
        json -> field(json, 0, 0, 1).put("widget", "number"),
        "/ui/pages/0/sections/0/fields/1/widget",
        "needs schema type");
  }

  @Test
  void dateWidgetWithoutDateFormatIsReported() {
    assertProblemAfter(
        json -> ((ObjectNode) properties(json).get("dateOfBirth")).remove("format"),
        "/ui/pages/0/sections/0/fields/4/widget",
        "\"format\": \"date\"");
  }

  @Test
  void choiceWithoutEnumIsReported() {
    assertProblemAfter(
        json -> ((ObjectNode) properties(json).get("referral")).remove("enum"),
        "/ui/pages/0/sections/0/fields/8/widget",
        "needs an \"enum\"");
  }

  @Test
  void optionNotInTheEnumIsReported() {
    assertProblemAfter(
        json -> ((ObjectNode) field(json, 0, 0, 7).get("options").get(0)).put("value", "fax"),
        "/ui/pages/0/sections/0/fields/7/options/0/value",
        "not one of the schema's enum values");
  }

  @Test
  void ruleTargetingAMissingFieldIsReported() {
    assertProblemAfter(
        json -> ((ObjectNode) json.get("rules").get(0)).put("target", "allergies"),
        "/rules/0/target",
        "no field or section named \"allergies\"");
  }

  @Test
  void ruleConditionOnAMissingPropertyIsReported() {
    assertProblemAfter(
        json ->
            ((ObjectNode) json.get("rules").get(1))
                .set("condition", Json.parse("{\"required\":[\"fax\"]}")),
        "/rules/1/condition",
        "refers to \"fax\"");
  }

  @Test
  void unknownRuleEffectIsReported() {
    assertProblemAfter(
        json -> ((ObjectNode) json.get("rules").get(0)).put("effect", "BLINK"),
        "/rules/0/effect",
        "SHOW, HIDE, REQUIRE or DISABLE");
  }

  @Test
  void remoteRefInTheSchemaIsRefused() {
    assertProblemAfter(
        json ->
            ((ObjectNode) properties(json).get("phone")).put("$ref", "https://evil.example/s.json"),
        "/schema/properties/phone/$ref",
        "remote $ref is not allowed");
  }

  @Test
  void remoteRefInARuleConditionIsRefused() {
    assertProblemAfter(
        json ->
            ((ObjectNode) json.get("rules").get(0))
                .set("condition", Json.parse("{\"$ref\":\"http://evil.example/x\"}")),
        "/rules/0/condition/$ref",
        "remote $ref");
  }

  @Test
  void schemaIdIsRefusedBecauseItRebasesReferences() {
    assertProblemAfter(
        json -> json.with("schema").put("$id", "https://evil.example/"),
        "/schema/$id",
        "not allowed");
  }

  @Test
  void invalidJsonSchemaIsReported() {
    assertProblemAfter(
        json -> ((ObjectNode) properties(json).get("reason")).put("maxLength", "long"),
        "/schema/properties/reason/maxLength",
        "not valid JSON Schema");
  }

  @Test
  void otherSchemaDraftsAreRefused() {
    assertProblemAfter(
        json -> json.with("schema").put("$schema", "http://json-schema.org/draft-07/schema#"),
        "/schema/$schema",
        "2020-12");
  }

  @Test
  void prefillOfAnUnknownFactIsReported() {
    assertProblemAfter(
        json -> json.with("populate").put("phone", "SHOE_SIZE"),
        "/populate/phone",
        "unknown client fact \"SHOE_SIZE\"");
  }

  @Test
  void prefillOfAMissingFieldIsReported() {
    assertProblemAfter(
        json -> json.with("populate").put("fax", "PHONE"),
        "/populate/fax",
        "no field named \"fax\"");
  }

  @Test
  void duplicateIdsAreReported() {
    assertProblemAfter(
        json -> field(json, 0, 0, 2).put("field", "firstName"),
        "/ui/pages/0/sections/0/fields/2/field",
        "used twice");
  }

  @Test
  void unknownTopLevelPropertyIsReported() {
    assertProblemAfter(json -> json.put("colour", "red"), "/colour", "unknown property");
  }

  @Test
  void badIdentifiersAreReported() {
    assertProblemAfter(json -> json.put("id", "../etc"), "/id", "must start with a letter");
  }

  @Test
  void everyProblemIsReportedInOnePass() {
    ObjectNode json = SampleForms.json("sample-intake.json");
    json.put("version", 0);
    json.put("kind", "PAPER");
    List<DefinitionProblem> problems = problemsOf(() -> reader.read(json));
    assertThat(problems).extracting(DefinitionProblem::pointer).contains("/version", "/kind");
  }

  static ObjectNode field(ObjectNode json, int page, int section, int field) {
    return (ObjectNode)
        json.get("ui").get("pages").get(page).get("sections").get(section).get("fields").get(field);
  }

  static ObjectNode properties(ObjectNode json) {
    return (ObjectNode) json.get("schema").get("properties");
  }

  private void assertProblemAfter(Consumer<ObjectNode> change, String pointer, String reason) {
    ObjectNode json = SampleForms.json("sample-intake.json");
    change.accept(json);
    assertProblem(() -> reader.read(json), pointer, reason);
  }

  private static void assertProblem(
      ThrowableAssert.ThrowingCallable read, String pointer, String reason) {
    assertThat(problemsOf(read))
        .anySatisfy(
            p -> {
              assertThat(p.pointer()).isEqualTo(pointer);
              assertThat(p.reason()).contains(reason);
            });
  }

  private static List<DefinitionProblem> problemsOf(ThrowableAssert.ThrowingCallable read) {
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(read);
    assertThat(thrown).isInstanceOf(InvalidDefinition.class);
    return ((InvalidDefinition) thrown).problems();
  }

  @Test
  void aValidDefinitionReadsWithoutProblems() {
    org.assertj.core.api.Assertions.assertThatCode(SampleForms::intake).doesNotThrowAnyException();
  }
}
