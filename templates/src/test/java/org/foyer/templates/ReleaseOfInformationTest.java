package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.Test;

/** The HIPAA core elements: who, what, why, until when, the right to revoke, and a signature. */
class ReleaseOfInformationTest {

  private final FormDefinition form = Engine.form("release-of-information");

  static Posts toPrimaryCareUntilADate() {
    return Posts.post()
        .with("clientFirstName", "Daniel")
        .with("clientLastName", "Okafor")
        .with("clientDateOfBirth", "1979-04-30")
        .with("direction", "exchange")
        .with("recipientName", "Dr. Helen Park")
        .with("recipientOrganization", "Lakeview Family Medicine")
        .with("recipientPhone", "312-555-0150")
        .with("purposes", "coordination-of-care")
        .with("informationCovered", "diagnosis", "treatment-plan", "medications")
        .with("expiresBy", "date")
        .with("expiryDate", "2027-03-01")
        .with("understandsRevocation", "true")
        .with("understandsRedisclosure", "true")
        .with("signerRelationship", "self")
        .signed("signature", "Daniel Okafor")
        .with("signedOn", "2026-03-02");
  }

  @Test
  void aReleaseToTheClientsDoctorUntilADateIsAccepted() {
    ParseResult result = Engine.parse(form, toPrimaryCareUntilADate());

    assertThat(result.errors()).isEmpty();
    assertThat(result.answers().get("informationCovered")).hasSize(3);
  }

  @Test
  void aReleaseEndingOnAnEventNeedsTheEventNotADate() {
    Posts byEvent = toPrimaryCareUntilADate().with("expiresBy", "event").with("expiryEvent", "");

    ParseResult result = Engine.parse(form, byEvent);

    assertThat(Engine.errors(result)).containsOnly(entry("/expiryEvent", ErrorCode.REQUIRED));
    assertThat(result.answers().has("expiryDate")).isFalse();
    assertThat(Engine.parse(form, byEvent.with("expiryEvent", "When my treatment ends")).errors())
        .isEmpty();
  }

  @Test
  void anAuthorizationWithoutAnExpiryIsRefused() {
    ParseResult result =
        Engine.parse(form, toPrimaryCareUntilADate().without("expiresBy").without("expiryDate"));

    assertThat(Engine.errors(result)).containsOnly(entry("/expiresBy", ErrorCode.REQUIRED));
  }

  @Test
  void anExpiryDateThatDoesNotExistIsRefused() {
    ParseResult result =
        Engine.parse(form, toPrimaryCareUntilADate().with("expiryDate", "2027-13-01"));

    assertThat(Engine.errors(result)).containsOnly(entry("/expiryDate", ErrorCode.NOT_A_DATE));
  }

  @Test
  void theRecipientPurposeAndInformationMustAllBeNamed() {
    ParseResult result =
        Engine.parse(
            form,
            toPrimaryCareUntilADate()
                .without("recipientName")
                .without("purposes")
                .without("informationCovered"));

    assertThat(Engine.errors(result))
        .containsOnly(
            entry("/recipientName", ErrorCode.REQUIRED),
            entry("/purposes", ErrorCode.REQUIRED),
            entry("/informationCovered", ErrorCode.REQUIRED));
  }

  @Test
  void anOtherPurposeMustBeDescribed() {
    ParseResult result =
        Engine.parse(
            form, toPrimaryCareUntilADate().with("purposes", "coordination-of-care", "other"));

    assertThat(Engine.errors(result)).containsOnly(entry("/purposeOther", ErrorCode.REQUIRED));
  }

  @Test
  void theRightToRevokeMustBeAcknowledged() {
    ParseResult result =
        Engine.parse(form, toPrimaryCareUntilADate().with("understandsRevocation", "false"));

    assertThat(Engine.errors(result))
        .containsOnly(entry("/understandsRevocation", ErrorCode.MUST_ACCEPT));
  }

  @Test
  void aGuardianSigningForTheClientMustDescribeTheirAuthority() {
    ParseResult result =
        Engine.parse(form, toPrimaryCareUntilADate().with("signerRelationship", "legal-guardian"));

    assertThat(Engine.errors(result)).containsOnly(entry("/signerAuthority", ErrorCode.REQUIRED));
  }

  @Test
  void theFormExplainsRevocationRedisclosureAndThatTreatmentIsNotConditionedOnSigning() {
    String english = form.findField("revokeText").orElseThrow().label().byLanguage().get("en");
    String redisclosure =
        form.findField("redisclosureText").orElseThrow().label().byLanguage().get("en");

    assertThat(english).contains("revoke", "in writing", "does not depend on whether you sign");
    assertThat(redisclosure).contains("share it again");
  }
}
