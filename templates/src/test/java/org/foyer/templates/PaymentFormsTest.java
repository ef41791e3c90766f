package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.Test;

/** Financial policy with card-on-file consent, and insurance information with card images. */
class PaymentFormsTest {

  private final FormDefinition financial = Engine.form("financial-policy");
  private final FormDefinition insurance = Engine.form("insurance-information");

  static Posts selfPayWithCard() {
    return Posts.post()
        .with("clientFirstName", "Daniel")
        .with("clientLastName", "Okafor")
        .with("paymentMethod", "self-pay")
        .with("feesInitials", "DO")
        .with("cancellationInitials", "DO")
        .with("responsibleParty", "self")
        .with("cardOnFile", "true")
        .with("cardholderName", "Daniel Okafor")
        .with("cardLastFour", "4242")
        .with("cardAuthorization", "true")
        .with("agreesToPolicy", "true")
        .signed("signature", "Daniel Okafor")
        .with("signedOn", "2026-03-02");
  }

  static Posts insuredBySpouse() {
    return Posts.post()
        .with("usesInsurance", "true")
        .with("payer", "Blue Lakes PPO")
        .with("planType", "commercial")
        .with("memberId", "XJH 55120-02")
        .with("groupNumber", "GR-3310")
        .with("subscriberRelationship", "spouse-or-partner")
        .with("subscriberName", "Grace Okafor")
        .with("subscriberDateOfBirth", "1981-09-14")
        .with("subscriberEmployer", "City of Chicago")
        .file("cardFront", "card-front.jpg", "image/jpeg")
        .file("cardBack", "card-back.jpg", "image/jpeg")
        .with("hasSecondary", "false")
        .with("assignsBenefits", "true")
        .signed("signature", "Daniel Okafor")
        .with("signedOn", "2026-03-02");
  }

  @Test
  void aSelfPayingClientWithACardOnFileIsAccepted() {
    assertThat(Engine.parse(financial, selfPayWithCard()).errors()).isEmpty();
  }

  @Test
  void aCardOnFileNeedsTheCardholderTheLastFourDigitsAndTheAuthorization() {
    ParseResult result =
        Engine.parse(
            financial,
            selfPayWithCard()
                .without("cardholderName")
                .with("cardLastFour", "4242 4242 4242 4242")
                .with("cardAuthorization", "false"));

    assertThat(Engine.errors(result))
        .containsOnly(
            entry("/cardholderName", ErrorCode.REQUIRED),
            entry("/cardLastFour", ErrorCode.WRONG_FORMAT),
            entry("/cardAuthorization", ErrorCode.MUST_ACCEPT));
  }

  @Test
  void withoutACardOnFileNoCardDetailsAreKept() {
    ParseResult result = Engine.parse(financial, selfPayWithCard().with("cardOnFile", "false"));

    assertThat(result.errors()).isEmpty();
    assertThat(result.answers().has("cardLastFour")).isFalse();
    assertThat(result.answers().has("cardAuthorization")).isFalse();
  }

  @Test
  void theCancellationPolicyMustBeInitialled() {
    ParseResult result = Engine.parse(financial, selfPayWithCard().without("cancellationInitials"));

    assertThat(Engine.errors(result))
        .containsOnly(entry("/cancellationInitials", ErrorCode.REQUIRED));
  }

  @Test
  void aParentPayingForTheClientMustBeNamedWithAPhone() {
    ParseResult result =
        Engine.parse(financial, selfPayWithCard().with("responsibleParty", "parent-or-guardian"));

    assertThat(Engine.errors(result))
        .containsOnly(
            entry("/responsibleName", ErrorCode.REQUIRED),
            entry("/responsibleRelationship", ErrorCode.REQUIRED),
            entry("/responsiblePhone", ErrorCode.REQUIRED));
  }

  @Test
  void aClientInsuredThroughTheirSpouseWithCardPhotosIsAccepted() {
    ParseResult result = Engine.parse(insurance, insuredBySpouse());

    assertThat(result.errors()).isEmpty();
    assertThat(result.answers().get("cardFront").path("ref").asText())
        .isEqualTo("blob:card-front.jpg");
    assertThat(result.answers().get("cardFront").path("sha256").asText()).hasSize(64);
  }

  @Test
  void aClientPayingPrivatelyAnswersOnlyTheFirstQuestion() {
    ParseResult result = Engine.parse(insurance, Posts.post().with("usesInsurance", "false"));

    assertThat(result.errors()).isEmpty();
  }

  @Test
  void insuranceWithoutMemberIdOrCardFrontIsRefused() {
    ParseResult result =
        Engine.parse(insurance, insuredBySpouse().without("memberId").without("cardFront"));

    assertThat(Engine.errors(result))
        .containsOnly(
            entry("/memberId", ErrorCode.REQUIRED), entry("/cardFront", ErrorCode.REQUIRED));
  }

  @Test
  void aPolicyHeldBySomeoneElseNeedsTheirNameAndBirthDate() {
    ParseResult result =
        Engine.parse(
            insurance,
            insuredBySpouse()
                .without("subscriberName")
                .with("subscriberDateOfBirth", "1981-02-29"));

    assertThat(Engine.errors(result))
        .containsOnly(
            entry("/subscriberName", ErrorCode.REQUIRED),
            entry("/subscriberDateOfBirth", ErrorCode.NOT_A_DATE));
  }

  @Test
  void aCardImageThatIsNotAStoredReferenceIsRefused() {
    ParseResult result =
        Engine.parse(insurance, insuredBySpouse().with("cardFront.sha256", "not-a-hash"));

    assertThat(Engine.errors(result)).containsKey("/cardFront");
  }

  @Test
  void insuranceDetailsOnRecordArePrefilledAndPassValidation() {
    Populated populated = Engine.populate(insurance, SampleClient.adult());

    ParseResult result =
        Engine.parse(
            insurance,
            insuredBySpouse()
                .with("payer", populated.answers().get("payer").asText())
                .with("memberId", populated.answers().get("memberId").asText())
                .with("groupNumber", populated.answers().get("groupNumber").asText())
                .with("subscriberRelationship", "self"),
            populated);

    assertThat(result.errors()).isEmpty();
    assertThat(result.answers().get("memberId").asText()).isEqualTo("CHP 448812-01");
  }
}
