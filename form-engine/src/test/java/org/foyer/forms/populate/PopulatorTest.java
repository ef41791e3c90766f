package org.foyer.forms.populate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.foyer.forms.SampleForms;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.rules.ClientFact;
import org.junit.jupiter.api.Test;

class PopulatorTest {

  private static final FormDefinition INTAKE = SampleForms.intake();
  private final Populator populator = new Populator();

  private static ClientFacts facts() {
    return ClientFacts.of(
        Map.of(
            ClientFact.LEGAL_FIRST_NAME, "Ana",
            ClientFact.LEGAL_LAST_NAME, "Diaz",
            ClientFact.PREFERRED_NAME, "Annie",
            ClientFact.DATE_OF_BIRTH, "1990-02-28",
            ClientFact.EMAIL, "ana@example.org",
            ClientFact.PRACTICE_NAME, "Calm Waters"));
  }

  @Test
  void mappedFieldsAreFilledFromFacts() {
    Populated populated = populator.populate(INTAKE, facts());
    assertThat(populated.answers().get("firstName").asText()).isEqualTo("Ana");
    assertThat(populated.answers().get("dateOfBirth").asText()).isEqualTo("1990-02-28");
    assertThat(populated.prefilled().get("firstName").locked()).isTrue();
    assertThat(populated.prefilled().get("preferredName").locked()).isFalse();
  }

  @Test
  void factsWithoutAMappedFieldAreIgnored() {
    assertThat(populator.populate(INTAKE, facts()).answers().view().toString())
        .doesNotContain("Calm Waters");
  }

  @Test
  void missingOrBlankFactsLeaveTheFieldEmpty() {
    Populated populated =
        populator.populate(INTAKE, ClientFacts.of(Map.of(ClientFact.PHONE, "   ")));
    assertThat(populated.answers().has("phone")).isFalse();
    assertThat(populated.prefilled()).isEmpty();
  }

  @Test
  void aFactThatDoesNotFitItsFieldIsSkipped() {
    Populated populated =
        populator.populate(
            INTAKE,
            ClientFacts.of(
                Map.of(
                    ClientFact.DATE_OF_BIRTH,
                    "28/02/1990",
                    ClientFact.LEGAL_FIRST_NAME,
                    "x".repeat(81))));
    assertThat(populated.answers().has("dateOfBirth")).isFalse();
    assertThat(populated.answers().has("firstName")).isFalse();
  }

  @Test
  void changedEditablePrefillsAreReportedForStaff() {
    Populated populated = populator.populate(INTAKE, facts());
    Answers submitted =
        Answers.parse(
            "{\"firstName\":\"Ana\",\"preferredName\":\"Ani\",\"email\":\"ana@example.org\"}");

    assertThat(populated.changesIn(submitted))
        .containsExactly(
            new PrefillChange("dateOfBirth", ClientFact.DATE_OF_BIRTH, "1990-02-28", null),
            new PrefillChange("preferredName", ClientFact.PREFERRED_NAME, "Annie", "Ani"));
  }

  @Test
  void unchangedPrefillsAreNotReported() {
    Populated populated = populator.populate(INTAKE, facts());
    assertThat(populated.changesIn(populated.answers())).isEmpty();
  }
}
