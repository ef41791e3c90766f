package org.foyer.forms.signature;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.foyer.forms.SampleForms;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.FormDefinition;
import org.junit.jupiter.api.Test;

class SignerTest {

  static final String SHA = "0123456789abcdef".repeat(4);
  private static final FormDefinition INTAKE = SampleForms.intake();
  private final Signer signer = new Signer();

  static SignatureCapture capture(String onBehalfOf) {
    return new SignatureCapture(
        "signature",
        "Ana Diaz",
        new BlobRef("blob:sig-1", SHA, "image/png"),
        null,
        "I agree that this is my signature.",
        "Maria Diaz",
        onBehalfOf,
        Instant.parse("2026-03-01T10:15:30Z"),
        "203.0.113.7",
        "Mozilla/5.0");
  }

  private static Answers answers(String preferred) {
    return Answers.parse(
        "{\"firstName\":\"Ana\",\"preferredName\":\""
            + preferred
            + "\","
            + "\"signature\":{\"ref\":\"blob:sig-1\",\"sha256\":\""
            + SHA
            + "\",\"typedName\":\"Ana Diaz\"}}");
  }

  @Test
  void theRecordNamesTheFormVersionSignerAndTheHashOfTheAnswers() {
    SignatureRecord record = signer.sign(INTAKE, answers("Annie"), capture("Ana Diaz"));

    assertThat(record.formId()).isEqualTo("adult-intake");
    assertThat(record.formSha256()).isEqualTo(INTAKE.sha256());
    assertThat(record.signer()).isEqualTo("Maria Diaz");
    assertThat(record.onBehalfOf()).isEqualTo("Ana Diaz");
    assertThat(record.documentSha256()).hasSize(64);
    assertThat(record.sha256()).hasSize(64);
    assertThat(record.toJson().toString()).doesNotContain("base64");
  }

  private static FormDefinition signedBy(String who) {
    com.fasterxml.jackson.databind.node.ObjectNode json = SampleForms.json("sample-intake.json");
    for (var page : json.get("ui").get("pages")) {
      for (var section : page.get("sections")) {
        for (var field : section.get("fields")) {
          if (field.get("field").asText().equals("signature")) {
            ((com.fasterxml.jackson.databind.node.ObjectNode) field).put("signer", who);
          }
        }
      }
    }
    return new org.foyer.forms.definition.DefinitionReader().read(json);
  }

  @Test
  void aSignatureForARepresentativeRefusesTheClientSigningForThemselves() {
    FormDefinition minorConsent = signedBy("onBehalfOf");
    assertThatThrownBy(() -> signer.sign(minorConsent, answers("Annie"), capture(null)))
        .isInstanceOf(SignatureRefused.class)
        .hasMessageContaining("on the client's behalf by a parent, guardian")
        .extracting(e -> ((SignatureRefused) e).field())
        .isEqualTo("signature");
    SignatureRecord record = signer.sign(minorConsent, answers("Annie"), capture("client 3f2c"));
    assertThat(record.onBehalfOf()).isEqualTo("client 3f2c");
    assertThat(record.signer()).isEqualTo("Maria Diaz");
  }

  @Test
  void aSignatureForTheClientPersonallyRefusesARepresentative() {
    FormDefinition own = signedBy("self");
    assertThatThrownBy(() -> signer.sign(own, answers("Annie"), capture("client 3f2c")))
        .isInstanceOf(SignatureRefused.class)
        .hasMessageContaining("by the client personally");
    assertThat(signer.sign(own, answers("Annie"), capture(null)).onBehalfOf()).isNull();
  }

  @Test
  void aClinicianCountersignatureRefusesASignatureOnTheClientsBehalf() {
    FormDefinition countersigned = signedBy("clinician");
    assertThatThrownBy(() -> signer.sign(countersigned, answers("Annie"), capture("client 3f2c")))
        .isInstanceOf(SignatureRefused.class)
        .hasMessageContaining("clinician's countersignature");
    SignatureRecord record = signer.sign(countersigned, answers("Annie"), capture(null));
    assertThat(record.onBehalfOf()).isNull();
    assertThat(record.documentSha256())
        .isEqualTo(signer.sign(INTAKE, answers("Annie"), capture(null)).documentSha256());
  }

  @Test
  void byDefaultAnyoneMaySign() {
    assertThat(signer.sign(INTAKE, answers("Annie"), capture(null)).onBehalfOf()).isNull();
    assertThat(signer.sign(INTAKE, answers("Annie"), capture("client 3f2c")).onBehalfOf())
        .isEqualTo("client 3f2c");
  }

  @Test
  void anyChangeToTheAnswersBreaksTheCoverage() {
    SignatureRecord record = signer.sign(INTAKE, answers("Annie"), capture(null));
    assertThat(signer.covers(record, INTAKE, answers("Annie"))).isTrue();
    assertThat(signer.covers(record, INTAKE, answers("Ann"))).isFalse();
  }

  @Test
  void theHashIgnoresKeyOrderAndTheSignatureFieldsThemselves() {
    Answers reordered = Answers.parse("{\"preferredName\":\"Annie\",\"firstName\":\"Ana\"}");
    assertThat(signer.documentSha256(INTAKE, reordered))
        .isEqualTo(signer.documentSha256(INTAKE, answers("Annie")));
  }

  @Test
  void onlyASignatureFieldCanBeSigned() {
    SignatureCapture wrong =
        new SignatureCapture(
            "firstName", "Ana", null, null, "I agree", "Ana", null, Instant.EPOCH, "::1", "");
    assertThatThrownBy(() -> signer.sign(INTAKE, answers("A"), wrong))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void inlineImageDataIsRefused() {
    assertThatThrownBy(() -> new BlobRef("data:image/png;base64,iVBOR", SHA, "image/png"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("never inline data");
    assertThatThrownBy(() -> new BlobRef("blob:1", "xyz", "image/png"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSignatureNeedsANameAnIntentAndASigner() {
    assertThatThrownBy(
            () ->
                new SignatureCapture(
                    "signature", " ", null, null, "I agree", "Ana", null, Instant.EPOCH, "::1", ""))
        .hasMessageContaining("typedName");
    assertThatThrownBy(
            () ->
                new SignatureCapture(
                    "signature", "Ana", null, null, "", "Ana", null, Instant.EPOCH, "::1", ""))
        .hasMessageContaining("intentStatement");
  }

  @Test
  void overlongUserAgentsAreTruncatedNotRefused() {
    SignatureCapture c =
        new SignatureCapture(
            "signature",
            "Ana",
            null,
            null,
            "I agree",
            "Ana",
            null,
            Instant.EPOCH,
            "::1",
            "x".repeat(2000));
    assertThat(c.userAgent()).hasSize(512);
  }
}
