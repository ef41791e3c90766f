package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import java.util.Locale;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.Test;

class ClientInformationTest {

  private final FormDefinition form = Engine.form("client-information");

  /** What the browser posts back when the client accepts every pre-filled answer. */
  static Posts fromRecord(Populated populated) {
    Posts post = Posts.post();
    populated
        .answers()
        .view()
        .fields()
        .forEachRemaining(e -> post.with(e.getKey(), e.getValue().asText()));
    return post.with("preferredContact", "text")
        .with("mayLeaveMessage", "true")
        .with("confirmAccurate", "true");
  }

  static Posts complete() {
    return Posts.post()
        .with("legalFirstName", "Daniel")
        .with("legalLastName", "Okafor")
        .with("preferredName", "Dan")
        .with("pronouns", "he/him")
        .with("dateOfBirth", "1979-04-30")
        .with("relationshipStatus", "married")
        .with("primaryLanguage", "English")
        .with("interpreterNeeded", "false")
        .with("addressLine1", "88 Lake Shore Drive")
        .with("city", "Chicago")
        .with("region", "IL")
        .with("postalCode", "60611")
        .with("country", "United States")
        .with("phone", "+1 312 555 0101")
        .with("email", "dan.okafor@example.com")
        .with("preferredContact", "email")
        .with("mayLeaveMessage", "false")
        .with("emergencyName", "Grace Okafor")
        .with("emergencyPhone", "312-555-0102")
        .with("emergencyRelationship", "Wife")
        .with("referralSource", "physician")
        .with("confirmAccurate", "true");
  }

  @Test
  void aCompleteRealisticAnswerIsAccepted() {
    ParseResult result = Engine.parse(form, complete());

    assertThat(result.errors()).isEmpty();
    assertThat(result.answers().get("dateOfBirth").asText()).isEqualTo("1979-04-30");
  }

  @Test
  void theRecordsOwnFactsPassValidationUnchanged() {
    Populated populated = Engine.populate(form, SampleClient.adult());

    assertThat(Engine.parse(form, fromRecord(populated), populated).errors()).isEmpty();
  }

  @Test
  void missingNameAddressAndEmergencyContactAreRefusedFieldByField() {
    ParseResult result =
        Engine.parse(
            form, complete().without("legalLastName").without("city").without("emergencyPhone"));

    assertThat(Engine.errors(result))
        .containsOnly(
            entry("/legalLastName", ErrorCode.REQUIRED),
            entry("/city", ErrorCode.REQUIRED),
            entry("/emergencyPhone", ErrorCode.REQUIRED));
  }

  @Test
  void anImpossibleDateOfBirthIsRefusedWithAPlainMessageInSpanish() {
    ParseResult result = Engine.parse(form, complete().with("dateOfBirth", "1979-02-30"));

    FieldError error = result.errors().get(0);
    assertThat(error.pointer()).isEqualTo("/dateOfBirth");
    assertThat(error.code()).isEqualTo(ErrorCode.NOT_A_DATE);
    assertThat(error.message(Locale.forLanguageTag("es"))).doesNotContain("format", "schema");
  }

  @Test
  void choosingEmailAsTheWayToBeContactedMakesTheEmailAddressRequired() {
    ParseResult result = Engine.parse(form, complete().without("email"));

    assertThat(Engine.errors(result)).containsOnly(entry("/email", ErrorCode.REQUIRED));
    assertThat(
            Engine.parse(form, complete().without("email").with("preferredContact", "phone"))
                .errors())
        .isEmpty();
  }

  @Test
  void aPhoneNumberWithLettersAndAMalformedEmailAreRefused() {
    ParseResult result =
        Engine.parse(form, complete().with("phone", "call me maybe").with("email", "dan.okafor@"));

    assertThat(Engine.errors(result))
        .containsOnly(
            entry("/phone", ErrorCode.WRONG_FORMAT), entry("/email", ErrorCode.NOT_AN_EMAIL));
  }

  @Test
  void theClientMustConfirmTheInformationIsCorrect() {
    ParseResult result = Engine.parse(form, complete().with("confirmAccurate", "false"));

    assertThat(Engine.errors(result))
        .containsOnly(entry("/confirmAccurate", ErrorCode.MUST_ACCEPT));
  }
}
