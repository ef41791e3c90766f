package org.foyer.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.rules.ClientFact;
import org.foyer.forms.json.CanonicalJson;
import org.foyer.forms.pdf.CompletedForm;
import org.foyer.forms.pdf.PdfHeading;
import org.foyer.forms.populate.ClientFacts;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.render.FormState;
import org.foyer.forms.render.RenderOptions;
import org.foyer.forms.scoring.ScoreReport;
import org.foyer.forms.signature.BlobRef;
import org.foyer.forms.signature.SignatureCapture;
import org.foyer.forms.signature.SignatureRecord;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.Test;

class FormEngineTest {

  private static final FormEngine ENGINE = new FormEngine();
  private static final FormDefinition INTAKE = SampleForms.intake();

  /** A 1x1 transparent PNG. */
  static final byte[] PNG =
      java.util.Base64.getDecoder()
          .decode(
              "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

  static CompletedForm completedIntake() {
    Populated populated =
        ENGINE.populate(
            INTAKE,
            ClientFacts.of(
                Map.of(ClientFact.LEGAL_FIRST_NAME, "Ana", ClientFact.LEGAL_LAST_NAME, "Díaz")));
    String sha = CanonicalJson.sha256Hex(PNG);
    Map<String, List<String>> post =
        Map.ofEntries(
            Map.entry("dateOfBirth", List.of("1990-02-28")),
            Map.entry("email", List.of("ana@example.org")),
            Map.entry("consent", List.of("true")),
            Map.entry("reason", List.of("Trouble sleeping & worry")),
            Map.entry("symptoms", List.of("sleep", "anxiety")),
            Map.entry("takesMedication", List.of("true")),
            Map.entry("medications[0].name", List.of("Sertraline")),
            Map.entry("signature.ref", List.of("blob:sig-1")),
            Map.entry("signature.sha256", List.of(sha)),
            Map.entry("signature.typedName", List.of("Ana Díaz")));
    ParseResult result = ENGINE.parse(INTAKE, post, populated);
    assertThat(result.errors()).isEmpty();
    SignatureRecord record =
        ENGINE.sign(
            INTAKE,
            result.answers(),
            new SignatureCapture(
                "signature",
                "Ana Díaz",
                new BlobRef("blob:sig-1", sha, "image/png"),
                null,
                "I agree that typing my name is my signature.",
                "Ana Díaz",
                null,
                Instant.parse("2026-03-01T10:15:30Z"),
                "203.0.113.7",
                "Mozilla/5.0 (X11)"));
    return new CompletedForm(
        result.answers(),
        ScoreReport.EMPTY,
        List.of(record),
        Map.of("blob:sig-1", PNG),
        Instant.parse("2026-03-01T10:16:00Z"));
  }

  @Test
  void thePipelineRunsFromPopulateToSignature() {
    CompletedForm completed = completedIntake();
    assertThat(completed.answers().get("firstName").asText()).isEqualTo("Ana");
    assertThat(ENGINE.signatureCovers(completed.signatures().get(0), INTAKE, completed.answers()))
        .isTrue();
  }

  @Test
  void renderingGoesThroughTheFacade() {
    String html =
        ENGINE.render(
            INTAKE, FormState.blank(), Locale.ENGLISH, RenderOptions.DEFAULT.withAction("/x"));
    assertThat(html).startsWith("<form").contains("action=\"/x\"");
  }

  @Test
  void scoringGoesThroughTheFacade() {
    Answers answers =
        Answers.parse(
            "{\"q1\":3,\"q2\":3,\"q3\":3,\"q4\":3,\"q5\":0,\"q6\":0,\"q7\":0,\"q8\":0,\"q9\":1}");
    ScoreReport report = ENGINE.score(SampleForms.phq9(), answers);
    assertThat(report.findScore("total").orElseThrow().band().text(Locale.ENGLISH))
        .isEqualTo("Moderate");
    assertThat(report.isRaised("item9")).isTrue();
  }

  @Test
  void blankPdfHasEveryFieldLabelAndEmbedsItsFont() throws IOException {
    byte[] pdf = ENGINE.blankPdf(INTAKE, Locale.ENGLISH);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text).contains("Adult intake", "Legal first name", "Medications", "Phone call");
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      PDFont font =
          doc.getPage(0)
              .getResources()
              .getFont(doc.getPage(0).getResources().getFontNames().iterator().next());
      assertThat(font.getName()).contains("LiberationSans");
      assertThat(font.isEmbedded()).isTrue();
    }
  }

  @Test
  void blankPdfInSpanishUsesSpanishLabels() throws IOException {
    try (PDDocument doc = Loader.loadPDF(ENGINE.blankPdf(INTAKE, Locale.forLanguageTag("es")))) {
      assertThat(new PDFTextStripper().getText(doc))
          .contains("Admisión de adultos", "Correo electrónico");
    }
  }

  @Test
  void completedPdfShowsAnswersSignatureAndCertificate() throws IOException {
    CompletedForm completed = completedIntake();
    byte[] pdf = ENGINE.completedPdf(INTAKE, completed, Locale.ENGLISH);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertThat(text)
          .contains("Ana", "Díaz", "Trouble sleeping & worry", "Sertraline", "Yes")
          .contains("Signature certificate", "203.0.113.7", "1 Mar 2026, 10:15:30 UTC")
          .contains(completed.signatures().get(0).documentSha256());
      assertThat(doc.getDocumentInformation().getProducer()).isEqualTo("Foyer form engine");
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      assertThat(doc.getPage(doc.getNumberOfPages() - 2).getResources().getXObjectNames())
          .isNotNull();
      // The drawn image is on the certificate page as well, next to what it certifies.
      assertThat(doc.getPage(doc.getNumberOfPages() - 1).getResources().getXObjectNames())
          .isNotEmpty();
      assertThat(text).contains("Drawn signature");
    }
  }

  static CompletedForm headed(CompletedForm completed) {
    return new CompletedForm(
        completed.answers(),
        completed.scores(),
        completed.signatures(),
        completed.images(),
        completed.completedAt(),
        new PdfHeading(
            "Harbor Counseling",
            "Ana Díaz",
            LocalDate.of(1990, 2, 28),
            "Rosa Díaz",
            "Ana Díaz",
            ZoneId.of("America/New_York")));
  }

  private static String text(PDDocument doc, int page) throws IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(doc).replaceAll("\\s+", " ");
  }

  @Test
  void everyPageOfACompletedPdfSaysWhoseFormItIsInThePracticesZone() throws IOException {
    try (PDDocument doc =
        Loader.loadPDF(ENGINE.completedPdf(INTAKE, headed(completedIntake()), Locale.ENGLISH))) {
      assertThat(doc.getNumberOfPages()).isGreaterThanOrEqualTo(2);
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        assertThat(text(doc, page))
            .as("page %d", page)
            .contains("Harbor Counseling - Adult intake (Form version 1)")
            .contains("Client: Ana Díaz - Date of birth: 28 Feb 1990")
            .contains("Submitted 1 Mar 2026, 05:16 EST by Rosa Díaz on behalf of Ana Díaz");
      }
      // The certificate's signing time is on the practice's clock too, zone named.
      assertThat(text(doc, doc.getNumberOfPages())).contains("1 Mar 2026, 05:15:30 EST");
    }
  }

  @Test
  void completedAndBlankPdfsAreTaggedWithTitleAndLanguage() throws IOException {
    byte[] completed = ENGINE.completedPdf(INTAKE, headed(completedIntake()), Locale.ENGLISH);
    byte[] blank =
        ENGINE.blankPdf(
            INTAKE,
            PdfHeading.practiceOnly("Harbor Counseling", ZoneId.of("America/New_York")),
            Locale.ENGLISH);
    for (byte[] pdf : List.of(completed, blank)) {
      try (PDDocument doc = Loader.loadPDF(pdf)) {
        var catalog = doc.getDocumentCatalog();
        assertThat(catalog.getMarkInfo()).isNotNull();
        assertThat(catalog.getMarkInfo().isMarked()).isTrue();
        assertThat(catalog.getStructureTreeRoot()).isNotNull();
        assertThat(catalog.getStructureTreeRoot().getKids()).isNotEmpty();
        assertThat(catalog.getLanguage()).isEqualTo("en");
        assertThat(doc.getDocumentInformation().getTitle()).isEqualTo("Adult intake");
      }
    }
  }

  @Test
  void aBlankPdfIsHeadedByItsPracticeAndFormWithNoClient() throws IOException {
    byte[] blank =
        ENGINE.blankPdf(
            INTAKE,
            PdfHeading.practiceOnly("Harbor Counseling", ZoneId.of("America/New_York")),
            Locale.ENGLISH);
    try (PDDocument doc = Loader.loadPDF(blank)) {
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        assertThat(text(doc, page))
            .contains("Harbor Counseling - Adult intake (Form version 1)")
            .doesNotContain("Client:", "Submitted");
      }
    }
  }

  @Test
  void pdfLabelsEndingInPunctuationGetNoExtraColon() throws IOException {
    try (PDDocument doc =
        Loader.loadPDF(ENGINE.completedPdf(INTAKE, completedIntake(), Locale.ENGLISH))) {
      String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Do you take medication? Yes", "Email: ana@example.org")
          .contains("Date of birth: 28 Feb 1990")
          .doesNotContain("1990-02-28")
          .doesNotContain("?:");
    }
  }

  @Test
  void pdfsAreByteForByteDeterministic() {
    CompletedForm completed = completedIntake();
    assertThat(ENGINE.completedPdf(INTAKE, completed, Locale.ENGLISH))
        .isEqualTo(ENGINE.completedPdf(INTAKE, completed, Locale.ENGLISH));
    assertThat(ENGINE.blankPdf(INTAKE, Locale.ENGLISH))
        .isEqualTo(ENGINE.blankPdf(INTAKE, Locale.ENGLISH));
  }

  @Test
  void aSignatureImageThatDoesNotMatchItsHashIsNotPrinted() {
    CompletedForm completed = completedIntake();
    byte[] swapped = PNG.clone();
    swapped[swapped.length - 5] ^= 1;
    CompletedForm tampered =
        new CompletedForm(
            completed.answers(),
            completed.scores(),
            completed.signatures(),
            Map.of("blob:sig-1", swapped),
            completed.completedAt());
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> ENGINE.completedPdf(INTAKE, tampered, Locale.ENGLISH))
        .hasMessageContaining("does not match its SHA-256");
  }

  @Test
  void thePdfRendererFetchesNothingFromOutside() throws IOException {
    try (ServerSocket listener = new ServerSocket(0)) {
      String url = "http://127.0.0.1:" + listener.getLocalPort() + "/x";
      String xhtml =
          "<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><link rel=\"stylesheet\" href=\""
              + url
              + ".css\"/><style>@import url('"
              + url
              + "2.css');</style></head><body><img src=\""
              + url
              + ".png\"/><img src=\"file:///etc/hostname\"/><p>x</p></body></html>";
      byte[] pdf = new org.foyer.forms.pdf.PdfWriter().write(xhtml, null);
      assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
      listener.setSoTimeout(300);
      org.assertj.core.api.Assertions.assertThatThrownBy(listener::accept)
          .isInstanceOf(SocketTimeoutException.class);
    }
  }
}
