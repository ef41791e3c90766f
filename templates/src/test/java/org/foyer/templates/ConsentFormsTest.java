package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.Test;

/** Informed consent, privacy notice, telehealth and electronic records: read, agree, sign. */
class ConsentFormsTest {

  static Posts informedConsent() {
    return Posts.post()
        .with("clientFirstName", "Daniel")
        .with("clientLastName", "Okafor")
        .with("confidentialityInitials", "DO")
        .with("understandsEmergencies", "true")
        .with("agreesToTreatment", "true")
        .signed("signature", "Daniel Okafor")
        .with("signedOn", "2026-03-02");
  }

  static Posts privacyNotice() {
    return Posts.post()
        .with("clientFirstName", "Daniel")
        .with("clientLastName", "Okafor")
        .with("receivedHow", "portal")
        .with("acknowledges", "true")
        .with("signerRelationship", "self")
        .signed("signature", "Daniel Okafor")
        .with("signedOn", "2026-03-02");
  }

  static Posts telehealth() {
    return Posts.post()
        .with("clientFirstName", "Daniel")
        .with("clientLastName", "Okafor")
        .with("usualLocation", "88 Lake Shore Drive, Apt 12C, Chicago IL 60611")
        .with("backupPhone", "312-555-0101")
        .with("emergencyName", "Grace Okafor")
        .with("emergencyPhone", "312-555-0102")
        .with("nearestEmergencyRoom", "Northwestern Memorial Hospital")
        .with("agreesToPrivateSpace", "true")
        .with("agreesToStateLocation", "true")
        .with("consentsToTelehealth", "true")
        .signed("signature", "Daniel Okafor")
        .with("signedOn", "2026-03-02");
  }

  static Posts electronicRecords() {
    return Posts.post()
        .with("clientFirstName", "Daniel")
        .with("clientLastName", "Okafor")
        .with("email", "dan.okafor@example.com")
        .with("canAccessDocuments", "true")
        .with("consentsToElectronicRecords", "true")
        .with("consentsToElectronicSignatures", "true")
        .signed("signature", "Daniel Okafor")
        .with("signedOn", "2026-03-02");
  }

  @Test
  void realisticSignedConsentsAreAccepted() {
    assertThat(Engine.parse(Engine.form("informed-consent"), informedConsent()).errors()).isEmpty();
    assertThat(Engine.parse(Engine.form("privacy-notice-acknowledgment"), privacyNotice()).errors())
        .isEmpty();
    assertThat(Engine.parse(Engine.form("telehealth-consent"), telehealth()).errors()).isEmpty();
    assertThat(
            Engine.parse(Engine.form("electronic-records-consent"), electronicRecords()).errors())
        .isEmpty();
  }

  @Test
  void anUnsignedInformedConsentIsRefusedAtTheSignature() {
    ParseResult result =
        Engine.parse(Engine.form("informed-consent"), informedConsent().without("signature"));

    assertThat(Engine.errors(result)).containsOnly(entry("/signature", ErrorCode.REQUIRED));
  }

  @Test
  void declaringTheAgreementRefusesTheConsentRatherThanRecordingANo() {
    ParseResult result =
        Engine.parse(
            Engine.form("informed-consent"), informedConsent().with("agreesToTreatment", "false"));

    assertThat(Engine.errors(result))
        .containsOnly(entry("/agreesToTreatment", ErrorCode.MUST_ACCEPT));
  }

  @Test
  void confidentialityLimitsMustBeInitialledWithRealInitials() {
    FormDefinition form = Engine.form("informed-consent");

    assertThat(
            Engine.errors(Engine.parse(form, informedConsent().without("confidentialityInitials"))))
        .containsOnly(entry("/confidentialityInitials", ErrorCode.REQUIRED));
    assertThat(
            Engine.errors(
                Engine.parse(form, informedConsent().with("confidentialityInitials", "D"))))
        .containsKey("/confidentialityInitials");
    assertThat(
            Engine.errors(
                Engine.parse(form, informedConsent().with("confidentialityInitials", "12"))))
        .containsOnly(entry("/confidentialityInitials", ErrorCode.WRONG_FORMAT));
  }

  @Test
  void aSignatureDateThatIsNotARealDateIsRefused() {
    ParseResult result =
        Engine.parse(
            Engine.form("telehealth-consent"), telehealth().with("signedOn", "03/02/2026"));

    assertThat(Engine.errors(result)).containsOnly(entry("/signedOn", ErrorCode.NOT_A_DATE));
  }

  @Test
  void telehealthNeedsALocationAndABackupPhoneForTheSafetyPlan() {
    ParseResult result =
        Engine.parse(
            Engine.form("telehealth-consent"),
            telehealth().without("usualLocation").without("backupPhone"));

    assertThat(Engine.errors(result))
        .containsOnly(
            entry("/usualLocation", ErrorCode.REQUIRED), entry("/backupPhone", ErrorCode.REQUIRED));
  }

  @Test
  void theElectronicRecordsConsentIsRefusedWhenTheClientCannotOpenPdfs() {
    ParseResult result =
        Engine.parse(
            Engine.form("electronic-records-consent"),
            electronicRecords().with("canAccessDocuments", "false"));

    assertThat(Engine.errors(result))
        .containsOnly(entry("/canAccessDocuments", ErrorCode.MUST_ACCEPT));
  }

  @Test
  void thePrivacyNoticeAcknowledgmentNeedsToSayHowTheNoticeWasReceived() {
    ParseResult result =
        Engine.parse(
            Engine.form("privacy-notice-acknowledgment"),
            privacyNotice().with("receivedHow", "carrier-pigeon"));

    assertThat(Engine.errors(result)).containsOnly(entry("/receivedHow", ErrorCode.NOT_AN_OPTION));
  }

  @Test
  void aSignatureSentAsInlineImageDataIsRefused() {
    ParseResult result =
        Engine.parseJson(
            Engine.form("informed-consent"),
            "{\"signature\":{\"ref\":\"data:image/png;base64,AAAA\",\"sha256\":\""
                + Posts.SHA
                + "\",\"typedName\":\"D\"}}");

    assertThat(Engine.errors(result)).containsEntry("/signature", ErrorCode.INLINE_DATA_REFUSED);
  }
}
