package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.Test;

/** Medications, allergies and prior treatment are repeatable groups shown only when relevant. */
class HealthHistoryTest {

  private final FormDefinition form = Engine.form("health-history");

  static Posts withMedicationsAllergiesAndPriorCare() {
    return Posts.post()
        .with("primaryCareName", "Lakeview Family Medicine")
        .with("lastPhysicalExam", "2025-10-06")
        .with("conditions", "high-blood-pressure", "sleep-disorder")
        .with("takesMedication", "true")
        .with("medications[0].name", "Sertraline")
        .with("medications[0].dose", "50 mg")
        .with("medications[0].howOften", "Once a day")
        .with("medications[0].reason", "Depression")
        .with("medications[0].prescriber", "Dr. Park")
        .with("medications[1].name", "Lisinopril")
        .with("medications[1].dose", "10 mg")
        .with("hasAllergies", "true")
        .with("allergies[0].allergen", "Penicillin")
        .with("allergies[0].reaction", "Hives")
        .with("hadPriorTreatment", "true")
        .with("priorTreatment[0].kind", "outpatient-therapy")
        .with("priorTreatment[0].provider", "Northside Counseling")
        .with("priorTreatment[0].when", "2019 to 2020")
        .with("priorTreatment[0].reason", "Grief after a loss")
        .with("priorTreatment[0].helpful", "somewhat")
        .with("alcoholUse", "2-4-per-month")
        .with("usesOtherSubstances", "false");
  }

  @Test
  void aHistoryWithTwoMedicationsAnAllergyAndPriorTherapyIsAccepted() {
    ParseResult result = Engine.parse(form, withMedicationsAllergiesAndPriorCare());

    assertThat(result.errors()).isEmpty();
    assertThat(result.answers().get("medications")).hasSize(2);
    assertThat(result.answers().get("medications").get(1).path("name").asText())
        .isEqualTo("Lisinopril");
    assertThat(result.answers().get("priorTreatment").get(0).path("kind").asText())
        .isEqualTo("outpatient-therapy");
  }

  @Test
  void aMedicationRowWithoutItsNameIsRefusedAtThatCell() {
    ParseResult result =
        Engine.parse(
            form,
            withMedicationsAllergiesAndPriorCare()
                .with("medications[1].name", "")
                .with("medications[1].dose", "10 mg"));

    assertThat(Engine.errors(result))
        .containsOnly(entry("/medications/1/name", ErrorCode.REQUIRED));
  }

  @Test
  void sayingYesToMedicationsWithoutListingAnyIsRefused() {
    Posts post = withMedicationsAllergiesAndPriorCare();
    post.build().keySet().removeIf(name -> name.startsWith("medications["));

    assertThat(Engine.errors(Engine.parse(form, post)))
        .containsOnly(entry("/medications", ErrorCode.REQUIRED));
  }

  @Test
  void listsAreDroppedWhenTheirQuestionIsAnsweredNo() {
    ParseResult result =
        Engine.parse(
            form,
            withMedicationsAllergiesAndPriorCare()
                .with("takesMedication", "false")
                .with("hasAllergies", "false")
                .with("hadPriorTreatment", "false"));

    assertThat(result.errors()).isEmpty();
    assertThat(result.answers().has("medications")).isFalse();
    assertThat(result.answers().has("allergies")).isFalse();
    assertThat(result.answers().has("priorTreatment")).isFalse();
  }

  @Test
  void anUnknownKindOfPriorCareIsRefused() {
    ParseResult result =
        Engine.parse(
            form, withMedicationsAllergiesAndPriorCare().with("priorTreatment[0].kind", "spa"));

    assertThat(Engine.errors(result))
        .containsOnly(entry("/priorTreatment/0/kind", ErrorCode.NOT_AN_OPTION));
  }

  @Test
  void substanceUseMustBeDescribedWhenReported() {
    ParseResult result =
        Engine.parse(
            form, withMedicationsAllergiesAndPriorCare().with("usesOtherSubstances", "true"));

    assertThat(Engine.errors(result)).containsOnly(entry("/substancesDetails", ErrorCode.REQUIRED));
  }

  @Test
  void theCoreQuestionsMustBeAnswered() {
    ParseResult result = Engine.parse(form, Posts.post());

    assertThat(Engine.errors(result))
        .containsOnly(
            entry("/takesMedication", ErrorCode.REQUIRED),
            entry("/hasAllergies", ErrorCode.REQUIRED),
            entry("/hadPriorTreatment", ErrorCode.REQUIRED),
            entry("/alcoholUse", ErrorCode.REQUIRED),
            entry("/usesOtherSubstances", ErrorCode.REQUIRED));
  }
}
