package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.rules.ClientFact;
import org.foyer.forms.definition.rules.Prefill;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.populate.PrefillChange;
import org.foyer.forms.populate.PrefilledValue;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.Test;

class AutoPopulationTest {

  @Test
  void everyPrefilledFieldOfEveryFormIsFilledFromARealClientRecordFact() {
    for (FormDefinition form : DefaultPack.forms()) {
      Populated populated = Engine.populate(form, SampleClient.adult());
      for (Map.Entry<String, Prefill> entry : form.populate().entrySet()) {
        assertThat(populated.prefilled())
            .as("%s.%s from %s", form.id(), entry.getKey(), entry.getValue().fact())
            .containsKey(entry.getKey());
        assertThat(populated.answers().get(entry.getKey()).asText())
            .isEqualTo(SampleClient.adultFacts().get(entry.getValue().fact()));
      }
    }
  }

  @Test
  void clientInformationIsFilledFromTheRecordButStaysEditable() {
    FormDefinition form = Engine.form("client-information");

    Populated populated = Engine.populate(form, SampleClient.adult());

    assertThat(populated.prefilled().values())
        .extracting(PrefilledValue::fact)
        .contains(
            ClientFact.LEGAL_FIRST_NAME,
            ClientFact.PREFERRED_NAME,
            ClientFact.PRONOUNS,
            ClientFact.DATE_OF_BIRTH,
            ClientFact.ADDRESS_LINE1,
            ClientFact.POSTAL_CODE,
            ClientFact.PHONE,
            ClientFact.EMAIL,
            ClientFact.EMERGENCY_CONTACT_NAME,
            ClientFact.EMERGENCY_CONTACT_PHONE,
            ClientFact.EMERGENCY_CONTACT_RELATIONSHIP);
    assertThat(populated.prefilled().values()).noneMatch(PrefilledValue::locked);
  }

  @Test
  void aClientWhoCorrectsTheirPronounsAndPhoneIsReportedForStaffToTakeBack() {
    FormDefinition form = Engine.form("client-information");
    Populated populated = Engine.populate(form, SampleClient.adult());

    ParseResult result =
        Engine.parse(
            form,
            ClientInformationTest.fromRecord(populated)
                .with("pronouns", "they/them")
                .with("phone", "503-555-0177"),
            populated);

    assertThat(result.errors()).isEmpty();
    assertThat(populated.changesIn(result.answers()))
        .extracting(PrefillChange::fact, PrefillChange::answered)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ClientFact.PHONE, "503-555-0177"),
            org.assertj.core.groups.Tuple.tuple(ClientFact.PRONOUNS, "they/them"));
  }

  @Test
  void consentFormsLockTheClientsLegalNameAndTodaysDateToTheRecord() {
    FormDefinition form = Engine.form("informed-consent");
    Populated populated = Engine.populate(form, SampleClient.adult());

    ParseResult result =
        Engine.parse(
            form,
            ConsentFormsTest.informedConsent()
                .with("clientFirstName", "Someone")
                .with("signedOn", "2020-01-01"),
            populated);

    assertThat(result.errors()).isEmpty();
    assertThat(result.answers().get("clientFirstName").asText()).isEqualTo("María José");
    assertThat(result.answers().get("signedOn").asText()).isEqualTo(SampleClient.TODAY);
  }

  @Test
  void aMinorsConsentNamesTheChildFromTheRecordAndSuggestsTheGuardianAsSigner() {
    FormDefinition form = Engine.form("minor-consent");

    Populated populated = Engine.populate(form, SampleClient.minor());

    assertThat(populated.answers().get("minorFirstName").asText()).isEqualTo("Sofía");
    assertThat(populated.answers().get("minorDateOfBirth").asText()).isEqualTo("2012-07-09");
    assertThat(populated.answers().get("signerName").asText()).isEqualTo("Carmen Reyes");
    assertThat(populated.prefilled().get("signerName").locked()).isFalse();
  }
}
