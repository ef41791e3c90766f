package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foyer.audit.AuditAction;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.intake.control.AnswerLines;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;
import org.foyer.intake.entity.PdfReady;
import org.foyer.intake.filling.boundary.SigningContext;
import org.foyer.intake.review.boundary.ReviewViews;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SubmissionReviewTest {

  static final SigningContext FROM = new SigningContext("198.51.100.7", "Phone", Locale.ENGLISH);

  IntakeWorld world;
  UUID phq9;
  UUID telehealth;

  @BeforeEach
  void aPacketOfTwoFormsIsSubmitted() {
    world = new IntakeWorld("review");
    Set<UUID> excluded =
        world.items().stream()
            .filter(i -> !Set.of("phq-9", "telehealth-consent").contains(i.formKey()))
            .map(i -> i.id())
            .collect(Collectors.toSet());
    UUID assignment =
        world
            .in(
                () ->
                    world.sending.sendPacket(world.admin, world.clientId, world.packetId, excluded))
            .assignmentId();
    List<AssignedForm> forms =
        world.in(
            () ->
                world
                    .em
                    .createQuery(
                        "SELECT f FROM AssignedForm f WHERE f.assignmentId = :a",
                        AssignedForm.class)
                    .setParameter("a", assignment)
                    .getResultList());
    phq9 = forms.stream().filter(f -> f.formKey().equals("phq-9")).findFirst().orElseThrow().id();
    telehealth =
        forms.stream()
            .filter(f -> f.formKey().equals("telehealth-consent"))
            .findFirst()
            .orElseThrow()
            .id();
    submit(phq9, FormFillingTest.phq9(1));
    submit(
        telehealth,
        FormFillingTest.post(
            "usualLocation", "Home office",
            "backupPhone", "(312) 555-0142",
            "emergencyName", "Sam Rivera",
            "emergencyPhone", "312 555 0199",
            "agreesToPrivateSpace", "true",
            "agreesToStateLocation", "true",
            "consentsToTelehealth", "true",
            "signature.typedName", "Jo Rivera"));
  }

  void submit(UUID formId, Map<String, List<String>> post) {
    assertThat(
            world
                .in(() -> world.filling.submit(world.client, world.clientId, formId, post, FROM))
                .received())
        .isTrue();
  }

  @Test
  void staffSeeStatusScoresAndTheReviewListFlaggedFirst() {
    List<ReviewViews.ClientForm> forms =
        world.in(() -> world.review.listForClient(world.desk, world.clientId));
    assertThat(forms).extracting(ReviewViews.ClientForm::status).containsOnly(FormStatus.SUBMITTED);
    ReviewViews.ClientForm mood =
        forms.stream().filter(f -> f.id().equals(phq9)).findFirst().orElseThrow();
    assertThat(mood.flagged()).isTrue();
    assertThat(mood.scores()).singleElement().satisfies(s -> assertThat(s.band()).isNotBlank());
    assertThat(world.in(() -> world.review.listAwaiting(world.desk)))
        .extracting(ReviewViews.Awaiting::formId)
        .containsExactly(phq9, telehealth);
  }

  @Test
  void aSubmissionShowsAnswersSignatureAndChangedPrefills() {
    ReviewViews.Submission submission =
        world.in(() -> world.review.getSubmission(world.desk, telehealth));
    assertThat(submission.answers()).extracting(l -> l.field()).contains("usualLocation");
    assertThat(submission.answers())
        .filteredOn(l -> l.field().equals("signedOn"))
        .singleElement()
        .satisfies(l -> assertThat(l.value()).isEqualTo("27 Nov 2026"));
    assertThat(submission.signatures())
        .singleElement()
        .satisfies(s -> assertThat(s.signer()).isEqualTo("jo@example.org"));
    assertThat(submission.changes())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("backupPhone");
              assertThat(c.takeable()).isTrue();
              assertThat(c.taken()).isFalse();
            });
    assertThat(world.in(() -> world.audit.listRecent(1)).get(0).action())
        .isEqualTo(AuditAction.INTAKE_SUBMISSION_READ);
  }

  @Test
  void aChangedAnswerIsTakenIntoTheRecordFieldByField() {
    ReviewViews.Submission after =
        world.in(() -> world.review.takeIntoRecord(world.desk, telehealth, "backupPhone"));
    assertThat(after.changes().get(0).taken()).isTrue();
    assertThat(
            world.in(() -> world.records.getClient(world.admin, world.clientId)).details().phone())
        .isEqualTo("(312) 555-0142");
    assertThatThrownBy(
            () ->
                world.in(
                    () -> world.review.takeIntoRecord(world.desk, telehealth, "usualLocation")))
        .isInstanceOf(InvalidInput.class);
    assertThat(world.in(() -> world.audit.listRecent(10)))
        .extracting(e -> e.action())
        .contains(AuditAction.INTAKE_PREFILL_TAKEN, AuditAction.RECORD_CHANGED);
  }

  @Test
  void acknowledgingFilesEachFormAndThenTheWholePacket() throws Exception {
    world.in(() -> world.review.acknowledge(world.desk, phq9));
    assertThat(world.pdfs.fired()).singleElement().satisfies(p -> assertThat(p.packet()).isFalse());
    world.in(() -> world.review.acknowledge(world.desk, telehealth));
    List<PdfReady> filed = world.pdfs.fired();
    assertThat(filed).extracting(PdfReady::packet).containsExactly(false, false, true);
    assertThat(filed).allSatisfy(p -> assertThat(p.clientId()).isEqualTo(world.clientId));
    assertThat(filed.get(2).fileName()).isEqualTo("Adult-intake.pdf");
    int pages = 0;
    for (int i = 0; i < 2; i++) {
      try (PDDocument form = Loader.loadPDF(filed.get(i).content())) {
        pages += form.getNumberOfPages();
      }
    }
    try (PDDocument packet = Loader.loadPDF(filed.get(2).content())) {
      assertThat(packet.getNumberOfPages()).isEqualTo(pages);
      assertTagged(packet);
    }
    assertThat(world.form(phq9).status()).isEqualTo(FormStatus.ACKNOWLEDGED);
    assertThat(world.form(phq9).acknowledgedBy()).contains("desk@example.org");
    assertThatThrownBy(() -> world.in(() -> world.review.acknowledge(world.desk, phq9)))
        .isInstanceOf(Conflict.class);
    assertThat(world.pdfs.fired()).hasSize(3);
  }

  private static String page(PDDocument doc, int page) throws java.io.IOException {
    PDFTextStripper stripper = new PDFTextStripper();
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    return stripper.getText(doc).replaceAll("\\s+", " ");
  }

  private static void assertTagged(PDDocument doc) {
    assertThat(doc.getDocumentCatalog().getMarkInfo()).isNotNull();
    assertThat(doc.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
    assertThat(doc.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
  }

  @Test
  void theFiledPdfSaysOnEveryPageWhoseFormItIsAndIsTagged() throws Exception {
    world.in(() -> world.review.acknowledge(world.desk, telehealth));
    try (PDDocument pdf = Loader.loadPDF(world.pdfs.fired().get(0).content())) {
      assertTagged(pdf);
      for (int p = 1; p <= pdf.getNumberOfPages(); p++) {
        assertThat(page(pdf, p))
            .as("page %d", p)
            .contains("Calm Waters Counseling - Telehealth Informed Consent")
            .contains("Client: Jo Rivera - Date of birth: 1 May 1990")
            .contains("Submitted 27 Nov 2026, 09:00 CST by Jo Rivera")
            .doesNotContain(world.clientId.toString());
      }
      String all = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(all).contains("Home office", "Sam Rivera", "Signature certificate");
    }
  }

  @Test
  void aParentsSubmissionIsHeadedAsTheParentsOnBehalfOfTheClient() throws Exception {
    UUID privacy = world.send("privacy-notice-acknowledgment");
    assertThat(
            world
                .in(
                    () ->
                        world.filling.submit(
                            world.parent,
                            world.clientId,
                            privacy,
                            FormFillingTest.post(
                                "receivedHow", "portal",
                                "acknowledges", "true",
                                "signerRelationship", "parent",
                                "signature.typedName", "Maria Rivera"),
                            FROM))
                .received())
        .isTrue();
    ReviewViews.Submission view = world.in(() -> world.review.getSubmission(world.desk, privacy));
    assertThat(view.submittedBy()).isEqualTo("Maria Rivera (Parent)");
    assertThat(view.onBehalfOf()).isEqualTo("Jo Rivera");
    try (PDDocument pdf =
        Loader.loadPDF(world.in(() -> world.review.getCompletedPdf(world.desk, privacy)))) {
      assertThat(page(pdf, 1))
          .contains("by Maria Rivera (Parent) on behalf of Jo Rivera")
          .doesNotContain(world.clientId.toString());
    }
  }

  @Test
  void repeatGroupAnswersComeAsTablesWithOptionLabels() {
    UUID history = world.send("health-history");
    assertThat(
            world
                .in(
                    () ->
                        world.filling.submit(
                            world.client,
                            world.clientId,
                            history,
                            FormFillingTest.post(
                                "takesMedication", "false",
                                "hasAllergies", "false",
                                "hadPriorTreatment", "true",
                                "priorTreatment[0].kind", "psychiatry",
                                "priorTreatment[0].helpful", "somewhat",
                                "priorTreatment[1].kind", "inpatient",
                                "alcoholUse", "monthly-or-less",
                                "usesOtherSubstances", "false"),
                            FROM))
                .received())
        .isTrue();
    AnswerLines.Line treatment =
        world.in(() -> world.review.getSubmission(world.desk, history)).answers().stream()
            .filter(l -> l.field().equals("priorTreatment"))
            .findFirst()
            .orElseThrow();
    assertThat(treatment.isTable()).isTrue();
    assertThat(treatment.columns()).contains("Type of care", "Was it helpful?");
    assertThat(treatment.rows()).hasSize(2);
    assertThat(treatment.rows().get(0))
        .contains("Psychiatrist or medication management", "Somewhat")
        .doesNotContain("psychiatry", "somewhat");
    assertThat(treatment.rows().get(1)).contains("Hospital stay");
  }

  @Test
  void outstandingIntakeIsListedByClientLongestWaitingFirst() {
    assertThat(world.in(() -> world.review.listOutstanding(world.desk))).isEmpty();
    world.send("gad-7");
    world.send("health-history");
    assertThat(world.in(() -> world.review.listOutstanding(world.desk)))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.clientId()).isEqualTo(world.clientId);
              assertThat(o.clientName()).isEqualTo("Joey Rivera");
              assertThat(o.openForms()).isEqualTo(2);
              assertThat(o.since()).isEqualTo(IntakeWorld.NOW);
            });
    assertThatThrownBy(() -> world.in(() -> world.review.listOutstanding(world.client)))
        .isInstanceOf(NotFound.class);
    IntakeWorld other = new IntakeWorld("other");
    assertThat(other.in(() -> other.review.listOutstanding(other.admin))).isEmpty();
  }

  @Test
  void openFormsPortalUsersAndOtherPracticesMeetNotFound() {
    UUID open = world.send("gad-7");
    assertThatThrownBy(() -> world.in(() -> world.review.acknowledge(world.desk, open)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.in(() -> world.review.getSubmission(world.client, phq9)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> world.in(() -> world.review.listForClient(world.parent, world.clientId)))
        .isInstanceOf(NotFound.class);
    IntakeWorld other = new IntakeWorld("other");
    assertThatThrownBy(() -> other.in(() -> other.review.acknowledge(other.admin, phq9)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> other.in(() -> other.review.listForClient(other.admin, world.clientId)))
        .isInstanceOf(NotFound.class);
    assertThat(other.in(() -> other.review.listAwaiting(other.admin))).isEmpty();
    assertThat(world.pdfs.fired()).isEmpty();
  }
}
