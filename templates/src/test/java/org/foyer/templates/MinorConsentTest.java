package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import java.time.Instant;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.signature.SignatureCapture;
import org.foyer.forms.signature.SignatureRecord;
import org.foyer.forms.signature.SignatureRefused;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.Test;

/**
 * The form states who may sign it: a signer relationship limited to parent, court-appointed
 * guardian or legal custodian (there is no "self" choice), and an attestation that the signer is an
 * adult. A minor answering for themselves is refused on both.
 */
class MinorConsentTest {

  private final FormDefinition form = Engine.form("minor-consent");

  static Posts signedByMother() {
    return Posts.post()
        .with("minorFirstName", "Sofía")
        .with("minorLastName", "Reyes")
        .with("minorDateOfBirth", "2012-07-09")
        .with("signerName", "Carmen Reyes")
        .with("signerRelationship", "parent")
        .with("signerIsAdult", "true")
        .with("signerPhone", "(503) 555-0160")
        .with("custodyArrangement", "joint-legal-custody")
        .with("otherParentName", "Javier Reyes")
        .with("otherParentInformed", "consents")
        .with("courtOrders", "false")
        .with("understandsMinorPrivacy", "true")
        .with("hasAuthority", "true")
        .with("consentsToTreatment", "true")
        .signed("signature", "Carmen Reyes")
        .with("signedOn", "2026-03-02");
  }

  @Test
  void aParentWithJointCustodyCanConsent() {
    assertThat(Engine.parse(form, signedByMother()).errors()).isEmpty();
  }

  @Test
  void theMinorCannotSignAsThemselves() {
    ParseResult result =
        Engine.parse(
            form,
            signedByMother()
                .with("signerName", "Sofía Reyes")
                .with("signerRelationship", "self")
                .with("signerIsAdult", "false")
                .signed("signature", "Sofía Reyes"));

    assertThat(Engine.errors(result))
        .containsOnly(
            entry("/signerRelationship", ErrorCode.NOT_AN_OPTION),
            entry("/signerIsAdult", ErrorCode.MUST_ACCEPT));
  }

  @Test
  void onlyACaptureMadeOnTheChildsBehalfIsAcceptedAsTheSignature() {
    Answers answers = Engine.parse(form, signedByMother()).answers();

    assertThatThrownBy(
            () -> Engine.ENGINE.sign(form, answers, capture("sofia.reyes@example.org", null)))
        .isInstanceOf(SignatureRefused.class);
    SignatureRecord byMother =
        Engine.ENGINE.sign(
            form, answers, capture("carmen.reyes@example.org", "client Sofía Reyes"));
    assertThat(byMother.onBehalfOf()).isEqualTo("client Sofía Reyes");
  }

  private static SignatureCapture capture(String signer, String onBehalfOf) {
    return new SignatureCapture(
        "signature",
        "Carmen Reyes",
        null,
        null,
        "I consent to my child's treatment.",
        signer,
        onBehalfOf,
        Instant.parse("2026-03-02T16:00:00Z"),
        "203.0.113.9",
        "Mozilla/5.0");
  }

  @Test
  void theFormOffersNoWayToSayTheSignerIsTheChild() {
    assertThat(form.findField("signerRelationship").orElseThrow().options())
        .extracting(option -> option.value())
        .containsExactly("parent", "legal-guardian", "legal-custodian");
    assertThat(form.schemaView().path("required").toString())
        .contains("\"signerRelationship\"", "\"signerIsAdult\"");
  }

  @Test
  void aSignerWhoLeavesTheirRelationshipBlankIsAskedForIt() {
    ParseResult result = Engine.parse(form, signedByMother().without("signerRelationship"));

    assertThat(Engine.errors(result))
        .containsOnly(entry("/signerRelationship", ErrorCode.REQUIRED));
  }

  @Test
  void withJointCustodyWeMustKnowWhetherTheOtherParentKnows() {
    ParseResult result = Engine.parse(form, signedByMother().without("otherParentInformed"));

    assertThat(Engine.errors(result))
        .containsOnly(entry("/otherParentInformed", ErrorCode.REQUIRED));
  }

  @Test
  void aGuardianWithACourtOrderMustDescribeItAndMayAttachACopy() {
    Posts guardian =
        signedByMother()
            .with("signerName", "Teresa Morales")
            .with("signerRelationship", "legal-guardian")
            .with("custodyArrangement", "guardianship")
            .without("otherParentName")
            .without("otherParentInformed")
            .with("courtOrders", "true")
            .signed("signature", "Teresa Morales");

    assertThat(Engine.errors(Engine.parse(form, guardian)))
        .containsOnly(entry("/courtOrderDetails", ErrorCode.REQUIRED));
    assertThat(
            Engine.parse(
                    form,
                    guardian
                        .with(
                            "courtOrderDetails",
                            "Letters of guardianship, Multnomah County Circuit Court, 2024-05-14; "
                                + "covers medical and mental health decisions")
                        .file("courtOrderCopy", "guardianship-order.pdf", "application/pdf"))
                .errors())
        .isEmpty();
  }

  @Test
  void aGuardianMustDescribeTheOrderThatGivesThemAuthorityEvenWithoutACustodyOrder() {
    ParseResult result =
        Engine.parse(
            form,
            signedByMother()
                .with("signerRelationship", "legal-guardian")
                .with("custodyArrangement", "guardianship")
                .without("otherParentName")
                .without("otherParentInformed"));

    assertThat(Engine.errors(result)).containsOnly(entry("/courtOrderDetails", ErrorCode.REQUIRED));
  }

  @Test
  void answersAboutTheOtherParentAreDroppedWhenCustodyIsNotShared() {
    ParseResult result =
        Engine.parse(form, signedByMother().with("custodyArrangement", "both-parents-together"));

    assertThat(result.errors()).isEmpty();
    assertThat(result.answers().has("otherParentInformed")).isFalse();
    assertThat(result.answers().has("otherParentName")).isFalse();
  }

  @Test
  void theChildsNameAndBirthDateStayAsRecordedWhateverIsPosted() {
    Populated populated = Engine.populate(form, SampleClient.minor());

    ParseResult result =
        Engine.parse(
            form,
            signedByMother()
                .with("minorFirstName", "Carmen")
                .with("minorDateOfBirth", "1990-01-01"),
            populated);

    assertThat(result.answers().get("minorFirstName").asText()).isEqualTo("Sofía");
    assertThat(result.answers().get("minorDateOfBirth").asText()).isEqualTo("2012-07-09");
  }
}
