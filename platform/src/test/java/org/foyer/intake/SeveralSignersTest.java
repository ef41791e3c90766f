package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.OutboxMessage;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.signature.SignatureRecord;
import org.foyer.intake.boundary.FormReminders;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;
import org.foyer.intake.filling.boundary.FormSummary;
import org.foyer.intake.filling.boundary.SubmitOutcome;
import org.foyer.intake.signing.boundary.Countersigning;
import org.foyer.intake.signing.entity.NotYourSignature;
import org.foyer.intake.signing.entity.SigningStep;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.portal.account.entity.PortalAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Forms signed by several people in turn (issue 13): both parents of a client one after the other,
 * or the client then the clinician's countersignature. The first signer's answers are the ones
 * every later signer signs; the last signature submits the form; the certificate lists them all.
 */
class SeveralSignersTest {

  static final String PRIVACY = "pack:foyer-default:privacy-notice-acknowledgment";

  static final String SIGNATURE =
      """
      {"type": "object", "required": ["ref", "sha256", "typedName"],
       "properties": {"ref": {"type": "string"}, "sha256": {"type": "string"},
                      "typedName": {"type": "string", "minLength": 1, "maxLength": 160}}}
      """;

  static final String CLIENT_THEN_CLINICIAN =
      """
      {"id": "%s", "version": %d, "title": "Treatment plan", "kind": "INTAKE",
       "schema": {"type": "object", "additionalProperties": false,
         "required": ["goal", "client", "clinician"],
         "properties": {"goal": {"type": "string", "maxLength": 200},
                        "client": SIGNATURE, "clinician": SIGNATURE}},
       "ui": {"pages": [{"id": "p", "title": "Plan", "sections": [{"id": "s", "fields": [
         {"field": "goal", "widget": "short-text", "label": "Goal"},
         {"field": "client", "widget": "signature", "label": "Client",
          "help": "I agree to this plan.", "signer": "self"},
         {"field": "clinician", "widget": "signature", "label": "Clinician",
          "help": "I countersign this plan.", "signer": "clinician"}]}]}]}}
      """
          .replace("SIGNATURE", SIGNATURE);

  IntakeWorld world;
  Caller dad;
  UUID mumLink;
  UUID dadLink;

  @BeforeEach
  void practice() {
    world = new IntakeWorld("signers");
    mumLink = world.parentAccess.id();
    UUID[] ids = new UUID[2];
    world.in(
        () -> {
          PortalAccount login = new PortalAccount("dad@example.org", "Sam Rivera");
          login.activate("hash");
          world.em.persist(login);
          world.em.flush();
          ClientAccess link = new ClientAccess(login.id(), world.clientId, Relationship.PARENT);
          world.em.persist(link);
          ids[0] = login.id();
          ids[1] = link.id();
          return null;
        });
    dad = IntakeWorld.portal(ids[0], "dad@example.org");
    dadLink = ids[1];
  }

  UUID sendToBothParents() {
    UUID assignment =
        world
            .in(
                () ->
                    world.sending.sendForm(
                        world.admin,
                        world.clientId,
                        PRIVACY,
                        Map.of("signature", List.of(mumLink.toString(), dadLink.toString()))))
            .assignmentId();
    return formOf(assignment);
  }

  UUID formOf(UUID assignment) {
    return world.in(
        () ->
            world
                .em
                .createQuery(
                    "SELECT f.id FROM AssignedForm f WHERE f.assignmentId = :a", UUID.class)
                .setParameter("a", assignment)
                .getSingleResult());
  }

  static Map<String, List<String>> answers(String how, String typedName) {
    return FormFillingTest.post(
        "receivedHow",
        how,
        "acknowledges",
        "true",
        "signerRelationship",
        "parent",
        "signature.typedName",
        typedName);
  }

  SubmitOutcome submit(Caller who, UUID formId, Map<String, List<String>> post) {
    return world.in(
        () -> world.filling.submit(who, world.clientId, formId, post, FormFillingTest.FROM));
  }

  FormSummary summary(Caller who, UUID formId) {
    return world.in(() -> world.filling.listForms(who, world.clientId)).stream()
        .filter(f -> f.id().equals(formId))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void bothParentsSignInTurnAndTheCertificateListsBoth() throws Exception {
    UUID formId = sendToBothParents();

    assertThat(submit(world.parent, formId, answers("portal", "Maria Rivera")).received()).isTrue();
    AssignedForm afterMum = world.form(formId);
    assertThat(afterMum.status()).isEqualTo(FormStatus.AWAITING_SIGNATURE);
    assertThat(afterMum.submittedAt()).isEmpty();
    assertThat(world.submitted.fired()).isEmpty();
    assertThat(summary(world.parent, formId).portalStatus())
        .isEqualTo("Waiting for Sam Rivera to sign");
    assertThat(summary(world.parent, formId).action()).isEqualTo("View");
    assertThat(summary(dad, formId).action()).isEqualTo("Review and sign");
    assertThat(summary(dad, formId).needsYou()).isTrue();
    assertThat(world.in(() -> world.filling.anyWaiting(dad, world.clientId))).isTrue();
    assertThatThrownBy(
            () -> world.in(() -> world.sending.withdrawForm(world.admin, world.clientId, formId)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("already signed by its first signer");

    assertThat(
            submit(dad, formId, FormFillingTest.post("signature.typedName", "Sam Rivera"))
                .received())
        .isTrue();
    AssignedForm done = world.form(formId);
    assertThat(done.status()).isEqualTo(FormStatus.SUBMITTED);
    assertThat(done.submittedAt()).isPresent();
    assertThat(world.submitted.fired()).hasSize(1);
    List<SignatureRecord> signatures = IntakeEngine.signatures(done.signaturesJson().orElseThrow());
    assertThat(signatures)
        .extracting(SignatureRecord::signer)
        .containsExactly("mum@example.org", "dad@example.org");
    assertThat(signatures).extracting(SignatureRecord::onBehalfOf).doesNotContainNull();
    assertThat(signatures.get(1).documentSha256()).isEqualTo(signatures.get(0).documentSha256());
    assertThat(done.signingPlan().orElseThrow().steps()).allMatch(SigningStep::isSigned);

    try (PDDocument pdf =
        Loader.loadPDF(world.in(() -> world.review.getCompletedPdf(world.admin, formId)))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Signature certificate")
          .contains("mum@example.org (Maria Rivera)")
          .contains("dad@example.org (Sam Rivera)")
          .contains(signatures.get(0).documentSha256())
          .contains("203.0.113.9");
    }
  }

  @Test
  void theNextSignerAloneIsToldAndRemindedOfTheirTurn() {
    UUID formId = sendToBothParents();
    submit(world.parent, formId, answers("portal", "Maria Rivera"));

    assertThat(world.mail())
        .filteredOn(m -> m.subject().contains("waiting for your signature"))
        .extracting(OutboxMessage::recipient)
        .containsExactly("dad@example.org");
    FormReminders reminders =
        new FormReminders(
            IntakeWorld.db.unitOfWork(),
            world.settings,
            world.notices,
            world.audit,
            Clock.fixed(IntakeWorld.NOW.plus(Duration.ofDays(4)), ZoneOffset.UTC));
    assertThat(reminders.remindDue(world.tenant)).isEqualTo(1);
    assertThat(world.mail())
        .filteredOn(m -> m.kind() == MailKind.FORM_REMINDER)
        .extracting(OutboxMessage::recipient)
        .containsExactly("dad@example.org");
  }

  @Test
  void aLaterSignerCannotChangeTheAnswers() {
    UUID formId = sendToBothParents();
    submit(world.parent, formId, answers("portal", "Maria Rivera"));
    String locked = world.form(formId).submittedAnswers().orElseThrow();

    assertThat(submit(dad, formId, answers("paper", "Sam Rivera")).received()).isTrue();

    AssignedForm done = world.form(formId);
    assertThat(Answers.parse(done.submittedAnswers().orElseThrow()).get("receivedHow").asText())
        .isEqualTo("portal");
    assertThat(done.submittedAnswers()).contains(locked);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.filling.saveDraft(
                            dad, world.clientId, formId, answers("paper", "Sam Rivera"), "a")))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void theSecondParentCannotSignFirstNorTheClientInTheirPlace() {
    UUID formId = sendToBothParents();
    assertThat(summary(dad, formId).portalStatus())
        .isEqualTo("Waiting for Maria Rivera to sign first");
    assertThat(summary(dad, formId).needsYou()).isFalse();
    assertThat(world.in(() -> world.filling.open(dad, world.clientId, formId, "a")).isLocked())
        .isTrue();
    assertThat(world.in(() -> world.filling.open(world.parent, world.clientId, formId, "a")))
        .satisfies(opened -> assertThat(opened.isLocked()).isFalse());
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.filling.saveDraft(
                            dad, world.clientId, formId, answers("paper", "Sam Rivera"), "a")))
        .isInstanceOf(NotYourSignature.class);

    assertThatThrownBy(() -> submit(dad, formId, answers("portal", "Sam Rivera")))
        .isInstanceOf(NotYourSignature.class)
        .hasMessageContaining("waiting for Maria Rivera to sign first");
    assertThat(world.form(formId).status()).isEqualTo(FormStatus.OUTSTANDING);
    assertThatThrownBy(() -> submit(world.client, formId, answers("portal", "Jo Rivera")))
        .isInstanceOf(NotYourSignature.class)
        .hasMessageContaining("not asked to sign");

    submit(world.parent, formId, answers("portal", "Maria Rivera"));
    assertThatThrownBy(
            () -> submit(world.parent, formId, FormFillingTest.post("signature.typedName", "x")))
        .isInstanceOf(NotYourSignature.class);
    assertThatThrownBy(
            () -> submit(world.client, formId, FormFillingTest.post("signature.typedName", "Jo")))
        .isInstanceOf(NotYourSignature.class);
    assertThatThrownBy(
            () -> submit(dad, formId, FormFillingTest.post("signature.typedName", "Maria Rivera")))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Sam Rivera");
    assertThat(world.form(formId).status()).isEqualTo(FormStatus.AWAITING_SIGNATURE);
  }

  @Test
  void anotherClientsOrAnotherPracticesFormIsNotFound() {
    UUID formId = sendToBothParents();
    submit(world.parent, formId, answers("portal", "Maria Rivera"));
    UUID other = world.anotherClient("Kim");

    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.filling.submit(
                            dad,
                            other,
                            formId,
                            FormFillingTest.post("signature.typedName", "Sam Rivera"),
                            FormFillingTest.FROM)))
        .isInstanceOf(NotFound.class);
    IntakeWorld elsewhere = new IntakeWorld("signers-other");
    UUID theirs = elsewhere.send("privacy-notice-acknowledgment");
    assertThatThrownBy(
            () -> submit(dad, theirs, FormFillingTest.post("signature.typedName", "Sam Rivera")))
        .isInstanceOf(NotFound.class);
    Countersigning countersigning =
        new Countersigning(
            world.em,
            world.engine,
            world.records,
            world.audit,
            world.submitted,
            world.awaited,
            world.clock);
    assertThatThrownBy(
            () ->
                world.in(
                    () -> {
                      countersigning.countersign(
                          world.admin, theirs, "Dr. Rae Lin", null, FormFillingTest.FROM);
                      return null;
                    }))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void theSendPageOffersTheSignatureFieldsAndThePeopleWhoMaySign() {
    assertThat(world.in(() -> world.sending.listSignatureFields(world.admin, PRIVACY)))
        .extracting(f -> f.field())
        .containsExactly("signature");
    assertThat(world.in(() -> world.sending.listSignatureFields(world.admin, "nonsense")))
        .isEmpty();
    assertThat(world.in(() -> world.sending.listPossibleSigners(world.admin, world.clientId)))
        .extracting(p -> p.value())
        .containsExactlyInAnyOrder("client", mumLink.toString(), dadLink.toString());
  }

  @Test
  void staffChooseOnlyTheClientsContactsWhoMayFillInForms() {
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.sending.sendForm(
                            world.admin,
                            world.clientId,
                            PRIVACY,
                            Map.of("signature", List.of(UUID.randomUUID().toString())))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("contacts who may fill in forms");
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.sending.sendForm(
                            world.admin,
                            world.clientId,
                            PRIVACY,
                            Map.of("receivedHow", List.of(mumLink.toString())))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("is not a signature field");
  }

  UUID sendTreatmentPlan() {
    var form =
        world.in(
            () ->
                world.forms.createForm(
                    world.admin,
                    org.foyer.forms.definition.FormKind.INTAKE,
                    org.foyer.admin.forms.boundary.SampleBlueprints.previousTherapy()));
    world.in(
        () ->
            world.forms.saveDraftJson(
                world.admin,
                form.id(),
                CLIENT_THEN_CLINICIAN.formatted(form.formKey(), form.nextVersion())));
    UUID versionId = world.in(() -> world.forms.publish(world.admin, form.id())).id();
    return formOf(
        world
            .in(() -> world.sending.sendForm(world.admin, world.clientId, "practice:" + versionId))
            .assignmentId());
  }

  @Test
  void theClinicianCountersignsAfterTheClientAndTheLastSignatureSubmits() throws Exception {
    UUID formId = sendTreatmentPlan();
    Countersigning countersigning =
        new Countersigning(
            world.em,
            world.engine,
            world.records,
            world.audit,
            world.submitted,
            world.awaited,
            world.clock);

    Map<String, List<String>> post =
        FormFillingTest.post(
            "goal", "Sleep better",
            "client.typedName", "Jo Rivera",
            "clinician.typedName", "Jo Rivera");
    SubmitOutcome outcome = submit(world.client, formId, post);
    assertThat(outcome.received()).as("%s", outcome.rejection()).isTrue();
    AssignedForm waiting = world.form(formId);
    assertThat(waiting.status()).isEqualTo(FormStatus.AWAITING_SIGNATURE);
    assertThat(Answers.parse(waiting.submittedAnswers().orElseThrow()).has("clinician")).isFalse();
    assertThat(summary(world.client, formId).portalStatus())
        .isEqualTo("Waiting for the clinician to sign");
    assertThat(world.in(() -> world.review.getSubmission(world.admin, formId)))
        .satisfies(s -> assertThat(s.isAwaitingCountersignature()).isTrue());
    assertThatThrownBy(
            () -> submit(world.client, formId, FormFillingTest.post("clinician.typedName", "Jo")))
        .isInstanceOf(NotYourSignature.class);
    assertThat(world.in(() -> countersigning.listAwaitingCountersignature(world.admin)))
        .extracting(Countersigning.ToCountersign::formId)
        .containsExactly(formId);
    assertThat(world.in(() -> countersigning.listAwaitingCountersignature(world.client))).isEmpty();

    var drawn =
        world.in(
            () ->
                countersigning.storeDrawnSignature(
                    world.admin, formId, FormFillingTest.png(), "198.51.100.7"));
    world.in(
        () -> {
          countersigning.countersign(
              world.admin, formId, "Dr. Rae Lin", drawn, FormFillingTest.FROM);
          return null;
        });

    AssignedForm done = world.form(formId);
    assertThat(done.status()).isEqualTo(FormStatus.SUBMITTED);
    assertThat(world.submitted.fired()).hasSize(1);
    assertThat(
            Answers.parse(done.submittedAnswers().orElseThrow())
                .get("clinician")
                .path("typedName")
                .asText())
        .isEqualTo("Dr. Rae Lin");
    List<SignatureRecord> signatures = IntakeEngine.signatures(done.signaturesJson().orElseThrow());
    assertThat(signatures)
        .extracting(SignatureRecord::signer)
        .containsExactly("jo@example.org", "admin@example.org");
    assertThat(signatures.get(1).onBehalfOf()).isNull();
    assertThat(signatures.get(1).image()).isNotNull();
    assertThat(signatures.get(1).documentSha256()).isEqualTo(signatures.get(0).documentSha256());
    assertThatThrownBy(
            () ->
                world.in(
                    () -> {
                      countersigning.countersign(
                          world.admin, formId, "Dr. Rae Lin", null, FormFillingTest.FROM);
                      return null;
                    }))
        .isInstanceOf(Conflict.class);
    try (PDDocument pdf =
        Loader.loadPDF(world.in(() -> world.review.getCompletedPdf(world.admin, formId)))) {
      String text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
      assertThat(text).contains("jo@example.org").contains("admin@example.org");
    }
  }

  @Test
  void aPortalLoginCannotCountersign() {
    UUID formId = sendTreatmentPlan();
    submit(
        world.client,
        formId,
        FormFillingTest.post("goal", "Sleep better", "client.typedName", "Jo Rivera"));
    Countersigning countersigning =
        new Countersigning(
            world.em,
            world.engine,
            world.records,
            world.audit,
            world.submitted,
            world.awaited,
            world.clock);
    assertThatThrownBy(
            () ->
                world.in(
                    () -> {
                      countersigning.countersign(
                          world.client, formId, "Jo Rivera", null, FormFillingTest.FROM);
                      return null;
                    }))
        .isInstanceOf(NotFound.class);
    assertThat(world.form(formId).status()).isEqualTo(FormStatus.AWAITING_SIGNATURE);
  }

  @Test
  void aFormOnePersonSignsKeepsTheSingleSignerPath() {
    UUID formId = world.send("privacy-notice-acknowledgment");
    assertThat(world.form(formId).signingPlan()).isEmpty();
    assertThat(submit(world.parent, formId, answers("portal", "Maria Rivera")).received()).isTrue();
    assertThat(world.form(formId).status()).isEqualTo(FormStatus.SUBMITTED);
  }
}
