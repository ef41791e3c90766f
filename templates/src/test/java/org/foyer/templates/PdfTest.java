package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.pdf.CompletedForm;
import org.foyer.forms.signature.SignatureCapture;
import org.foyer.forms.signature.SignatureRecord;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PdfTest {

  private static final Instant SIGNED_AT = Instant.parse("2026-03-02T17:45:12Z");

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertThat(doc.getNumberOfPages()).isPositive();
      return new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
    }
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("org.foyer.templates.RenderingTest#formsAndLanguages")
  void everyFormPrintsAsABlankPaperFormInEachLanguage(String id, Locale locale) throws IOException {
    FormDefinition form = Engine.form(id);

    String text = text(Engine.ENGINE.blankPdf(form, locale));

    assertThat(text).contains(form.title().text(locale).replaceAll("\\s+", " "));
    String firstAnswerLabel =
        form.fields().values().stream()
            .filter(f -> f.widget().hasAnswer())
            .findFirst()
            .orElseThrow()
            .label()
            .text(locale);
    assertThat(text)
        .contains(firstAnswerLabel.substring(0, Math.min(20, firstAnswerLabel.length())));
  }

  private static CompletedForm signed(
      FormDefinition form, Posts post, String signer, String onBehalfOf) {
    ParseResult result = Engine.parse(form, post);
    assertThat(result.errors()).isEmpty();
    Answers answers = result.answers();
    SignatureRecord record =
        Engine.ENGINE.sign(
            form,
            answers,
            new SignatureCapture(
                "signature",
                answers.get("signature").path("typedName").asText(),
                null,
                null,
                form.findField("signature").orElseThrow().help().text(Locale.ENGLISH),
                signer,
                onBehalfOf,
                SIGNED_AT,
                "203.0.113.24",
                "Mozilla/5.0 (X11; Linux x86_64) Firefox/140.0"));
    return new CompletedForm(
        answers, Engine.score(form, answers), List.of(record), Map.of(), SIGNED_AT);
  }

  @Test
  void aSignedInformedConsentPrintsTheAnswersAndASignatureCertificate() throws IOException {
    FormDefinition form = Engine.form("informed-consent");
    CompletedForm completed =
        signed(form, ConsentFormsTest.informedConsent(), "Daniel Okafor", null);

    String text = text(Engine.ENGINE.completedPdf(form, completed, Locale.ENGLISH));

    assertThat(text).contains("Daniel", "Okafor", "203.0.113.24");
    assertThat(text.replace(" ", "")).contains(completed.signatures().get(0).documentSha256());
  }

  @Test
  void aMinorsConsentPrintsTheGuardianSigningOnBehalfOfTheChildInSpanish() throws IOException {
    FormDefinition form = Engine.form("minor-consent");
    CompletedForm completed =
        signed(form, MinorConsentTest.signedByMother(), "Carmen Reyes", "Sofía Reyes");

    String text = text(Engine.ENGINE.completedPdf(form, completed, Locale.forLanguageTag("es")));

    assertThat(text).contains("Carmen Reyes", "Sofía Reyes", "Consentimiento para el tratamiento");
  }

  @Test
  void aCompletedPhq9PrintsItsTotalBandAndItem9Flag() throws IOException {
    FormDefinition form = Engine.form("phq-9");
    ParseResult result = Engine.parse(form, QuestionnaireScoringTest.answersSummingTo(9, 16, 1));
    CompletedForm completed =
        new CompletedForm(
            result.answers(), Engine.score(form, result.answers()), List.of(), Map.of(), SIGNED_AT);

    String text = text(Engine.ENGINE.completedPdf(form, completed, Locale.ENGLISH));

    assertThat(text).contains("16", "Moderately severe", "Thoughts of death or self-harm reported");
  }

  @Test
  void aCompletedHealthHistoryPrintsEveryMedicationRow() throws IOException {
    FormDefinition form = Engine.form("health-history");
    ParseResult result =
        Engine.parse(form, HealthHistoryTest.withMedicationsAllergiesAndPriorCare());
    CompletedForm completed =
        new CompletedForm(result.answers(), null, List.of(), Map.of(), SIGNED_AT);

    String text = text(Engine.ENGINE.completedPdf(form, completed, Locale.ENGLISH));

    assertThat(text).contains("Sertraline", "Lisinopril", "Penicillin", "Northside Counseling");
  }

  @Test
  void theSameSubmissionAlwaysPrintsTheSameBytes() {
    FormDefinition form = Engine.form("release-of-information");
    CompletedForm completed =
        signed(form, ReleaseOfInformationTest.toPrimaryCareUntilADate(), "Daniel Okafor", null);

    assertThat(Engine.ENGINE.completedPdf(form, completed, Locale.ENGLISH))
        .isEqualTo(Engine.ENGINE.completedPdf(form, completed, Locale.ENGLISH));
  }
}
