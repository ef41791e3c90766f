package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.json.Json;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;
import org.foyer.intake.filling.boundary.FormSummary;
import org.foyer.intake.filling.boundary.OpenedForm;
import org.foyer.intake.filling.boundary.SigningContext;
import org.foyer.intake.filling.boundary.SubmitOutcome;
import org.foyer.intake.signing.entity.AlreadyReceived;
import org.foyer.portal.account.entity.ClientAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class FormFillingTest {

  static final SigningContext FROM = new SigningContext("203.0.113.9", "Phone/1.0", Locale.ENGLISH);

  IntakeWorld world;

  @BeforeEach
  void practice() {
    world = new IntakeWorld("filling");
  }

  static Map<String, List<String>> post(String... pairs) {
    Map<String, List<String>> post = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      post.computeIfAbsent(pairs[i], k -> new ArrayList<>()).add(pairs[i + 1]);
    }
    return post;
  }

  static Map<String, List<String>> phq9(int item9) {
    Map<String, List<String>> post = post("_csrf", "token", "_action", "submit");
    for (int i = 1; i <= 8; i++) {
      post.put("item" + i, List.of("1"));
    }
    post.put("item9", List.of(String.valueOf(item9)));
    return post;
  }

  SubmitOutcome submit(UUID formId, Map<String, List<String>> post) {
    return world.in(() -> world.filling.submit(world.client, world.clientId, formId, post, FROM));
  }

  @Test
  void theClientAndTheParentSeeTheFormsWithTheirStatus() {
    UUID formId = world.send("phq-9");
    assertThat(world.in(() -> world.filling.listForms(world.client, world.clientId)))
        .extracting(FormSummary::id, FormSummary::status)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(formId, FormStatus.OUTSTANDING));
    assertThat(world.in(() -> world.filling.listForms(world.parent, world.clientId))).hasSize(1);
  }

  @Test
  void anotherClientsAnotherPracticesAndARevokedContactsFormsAreNotFound() {
    UUID formId = world.send("phq-9");
    IntakeWorld other = new IntakeWorld("other");
    UUID foreign = other.send("phq-9");
    assertThatThrownBy(
            () -> world.in(() -> world.filling.open(world.client, world.clientId, foreign, "a")))
        .isInstanceOf(NotFound.class);
    // The other practice's client id, asked in the other practice, by a login of this one.
    assertThatThrownBy(
            () -> other.in(() -> other.filling.open(world.client, other.clientId, foreign, "a")))
        .isInstanceOf(NotFound.class);
    // Another client of this practice whose profile the login does not hold.
    UUID stranger = world.anotherClient("Sol");
    assertThatThrownBy(
            () -> world.in(() -> world.filling.open(world.client, stranger, formId, "a")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.in(() -> world.filling.listForms(world.admin, world.clientId)))
        .isInstanceOf(NotFound.class);
    world.in(
        () -> {
          world.em.find(ClientAccess.class, world.parentAccess.id()).revoke(IntakeWorld.NOW);
          return null;
        });
    assertThatThrownBy(
            () -> world.in(() -> world.filling.open(world.parent, world.clientId, formId, "a")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.filling.submit(world.parent, world.clientId, formId, phq9(0), FROM)))
        .isInstanceOf(NotFound.class);
    assertThat(world.form(formId).status()).isEqualTo(FormStatus.OUTSTANDING);
  }

  @Test
  void aDraftIsKeptOnTheServerAsTypedAndResumesElsewhere() {
    UUID formId = world.send("phq-9");
    world.in(
        () ->
            world.filling.saveDraft(
                world.client, world.clientId, formId, post("item1", "2", "item2", "abc"), "a"));
    assertThat(world.form(formId).status()).isEqualTo(FormStatus.IN_PROGRESS);

    OpenedForm resumed =
        world.in(() -> world.filling.open(world.parent, world.clientId, formId, "b"));
    assertThat(resumed.state().answers().get("item1").asInt()).isEqualTo(2);
    assertThat(resumed.state().typed()).containsEntry("item2", List.of("abc"));
    assertThat(resumed.isLocked()).isFalse();
  }

  @Test
  void controlCharactersAreRefusedOnTheirFieldAndTheRestOfTheAnswerIsKept() {
    UUID formId = world.send("health-history");
    Map<String, List<String>> hostile =
        post("primaryCareName", "Dr\u0000 Ada\u0007 Lin", "familyHistory", "Asthma\u001b[2J");
    world.in(() -> world.filling.saveDraft(world.client, world.clientId, formId, hostile, "a"));
    OpenedForm resumed =
        world.in(() -> world.filling.open(world.client, world.clientId, formId, "a"));
    assertThat(resumed.state().typed())
        .as("the draft keeps what was typed, without the characters that cannot be stored")
        .containsEntry("primaryCareName", List.of("Dr Ada Lin"))
        .containsEntry("familyHistory", List.of("Asthma[2J"));

    SubmitOutcome outcome = submit(formId, hostile);
    assertThat(outcome.received()).isFalse();
    assertThat(outcome.rejection().errors())
        .filteredOn(e -> e.code() == ErrorCode.INVALID_CHARACTERS)
        .extracting(FieldError::field)
        .containsExactlyInAnyOrder("primaryCareName", "familyHistory");
    assertThat(outcome.rejection().typed()).containsEntry("primaryCareName", List.of("Dr Ada Lin"));
    assertThat(world.form(formId).status()).isEqualTo(FormStatus.IN_PROGRESS);
    assertThat(world.form(formId).draftAnswers().orElseThrow()).doesNotContain("\\u0000");
  }

  @Test
  void aPostThatCouldNotBeStoredIsShownAgainAsTypedWithoutWritingAnything() {
    UUID formId = world.send("health-history");
    long before = world.in(() -> world.audit.listRecent(1)).get(0).seq();
    OpenedForm shown =
        world.in(
            () ->
                world.filling.showAgain(
                    world.client,
                    world.clientId,
                    formId,
                    post(
                        "primaryCareName",
                        "Dr Ada\u0007 Lin",
                        "_csrf",
                        "token",
                        "_action",
                        "submit")));
    assertThat(shown.state().typed())
        .containsEntry("primaryCareName", List.of("Dr Ada Lin"))
        .doesNotContainKeys("_csrf", "_action");
    assertThat(world.in(() -> world.audit.listRecent(1)).get(0).seq())
        .as("no opening audited: the form was already on the screen")
        .isEqualTo(before);
    assertThat(world.form(formId).status()).isEqualTo(FormStatus.OUTSTANDING);
    UUID stranger = world.anotherClient("Sol");
    assertThatThrownBy(
            () ->
                world.in(
                    () -> world.filling.showAgain(world.client, stranger, formId, post("x", "y"))))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aRejectedSubmissionKeepsEveryAnswerAndSavesItAsTheDraft() {
    UUID formId = world.send("phq-9");
    Map<String, List<String>> partial = post("item1", "3", "item2", "2", "item3", "seven");
    SubmitOutcome outcome = submit(formId, partial);
    assertThat(outcome.received()).isFalse();
    assertThat(outcome.rejection().errors())
        .extracting(e -> e.field())
        .contains("item3", "item4", "item9");
    assertThat(outcome.rejection().typed()).containsEntry("item3", List.of("seven"));
    AssignedForm form = world.form(formId);
    assertThat(form.status()).isEqualTo(FormStatus.IN_PROGRESS);
    assertThat(form.submittedAnswers()).isEmpty();
    assertThat(Json.parse(form.draftAnswers().orElseThrow()).path("item1").asInt()).isEqualTo(3);
  }

  @Test
  void aSubmissionIsScoredFlaggedLockedAndAudited() {
    UUID formId = world.send("phq-9");
    assertThat(submit(formId, phq9(2)).received()).isTrue();
    AssignedForm form = world.form(formId);
    assertThat(form.status()).isEqualTo(FormStatus.SUBMITTED);
    assertThat(form.flagged()).isTrue();
    assertThat(IntakeEngine.scores(form.scoresJson().orElseThrow()))
        .singleElement()
        .satisfies(s -> assertThat(s.value()).isEqualTo("10"));
    assertThat(form.submittedBy()).contains("jo@example.org");
    assertThat(world.submitted.fired())
        .singleElement()
        .satisfies(e -> assertThat(e.flagged()).isTrue());
    AuditEvent last = world.in(() -> world.audit.listRecent(1)).get(0);
    assertThat(last.action()).isEqualTo(AuditAction.INTAKE_SUBMITTED);
    assertThat(last.subject()).startsWith("client " + world.clientId + " form " + formId);

    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.filling.saveDraft(
                            world.client, world.clientId, formId, post("item1", "0"), "a")))
        .isInstanceOf(AlreadyReceived.class);
    assertThat(
            world
                .in(() -> world.filling.open(world.client, world.clientId, formId, "a"))
                .isLocked())
        .isTrue();
  }

  @Test
  void aSecondSubmissionIsAlreadyReceived() {
    UUID formId = world.send("phq-9");
    submit(formId, phq9(0));
    assertThatThrownBy(() -> submit(formId, phq9(3))).isInstanceOf(AlreadyReceived.class);
    assertThat(
            Json.parse(world.form(formId).submittedAnswers().orElseThrow()).path("item9").asInt())
        .isZero();
  }

  @Test
  void twoSubmissionsAtOnceStoreOne() throws Exception {
    UUID formId = world.send("phq-9");
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    List<Future<String>> results = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      int item9 = i;
      results.add(
          pool.submit(
              () -> {
                start.await();
                try {
                  return submit(formId, phq9(item9)).received() ? "received" : "rejected";
                } catch (AlreadyReceived e) {
                  return "already";
                }
              }));
    }
    start.countDown();
    List<String> outcomes = new ArrayList<>();
    for (Future<String> result : results) {
      outcomes.add(result.get());
    }
    pool.shutdown();
    assertThat(outcomes).containsExactlyInAnyOrder("received", "already");
    assertThat(world.submitted.fired()).hasSize(1);
  }

  @Test
  void answersToHiddenFieldsAreDropped() {
    UUID formId = world.send("insurance-information");
    assertThat(submit(formId, post("usesInsurance", "false", "payer", "Acme Health")).received())
        .isTrue();
    assertThat(Json.parse(world.form(formId).submittedAnswers().orElseThrow()).has("payer"))
        .isFalse();
  }

  @Test
  void aTypedSignatureIsSealedForTheParentOnBehalfOfTheClient() {
    UUID formId = world.send("privacy-notice-acknowledgment");
    Map<String, List<String>> post =
        post(
            "receivedHow", "portal",
            "acknowledges", "true",
            "signerRelationship", "parent",
            "signature.typedName", "Maria Rivera",
            "signature.ref", "",
            "signature.sha256", "");
    SubmitOutcome outcome =
        world.in(() -> world.filling.submit(world.parent, world.clientId, formId, post, FROM));
    assertThat(outcome.received()).as("%s", outcome.rejection()).isTrue();
    AssignedForm form = world.form(formId);
    var signature = Json.parse(form.signaturesJson().orElseThrow()).get(0);
    assertThat(signature.path("signer").asText()).isEqualTo("mum@example.org");
    assertThat(signature.path("onBehalfOf").asText()).isEqualTo("Joey Rivera");
    assertThat(signature.path("ipAddress").asText()).isEqualTo("203.0.113.9");
    assertThat(signature.path("intentStatement").asText()).isNotBlank();
    assertThat(form.submittedOnBehalfOf())
        .hasValueSatisfying(v -> assertThat(v).contains(world.clientId.toString()));
    var answers = Json.parse(form.submittedAnswers().orElseThrow());
    assertThat(answers.path("clientLastName").asText()).isEqualTo("Rivera");
    assertThat(answers.path("signedOn").asText()).isEqualTo("2026-11-27");
  }

  @Test
  void aSignatureCannotPointAtAnotherFormsMark() {
    UUID first = world.send("privacy-notice-acknowledgment");
    UUID second = world.send("telehealth-consent");
    var mark =
        world.in(
            () ->
                world.filling.storeDrawnSignature(
                    world.client, world.clientId, second, png(), "a"));
    Map<String, List<String>> post =
        post(
            "receivedHow", "portal",
            "acknowledges", "true",
            "signature.typedName", "Jo Rivera",
            "signature.ref", mark.ref(),
            "signature.sha256", mark.sha256());
    assertThat(submit(first, post).received()).isTrue();
    var signature = Json.parse(world.form(first).signaturesJson().orElseThrow()).get(0);
    assertThat(signature.has("image")).isFalse();
    assertThat(
            Json.parse(world.form(first).submittedAnswers().orElseThrow())
                .path("signature")
                .path("ref")
                .asText())
        .isNotEqualTo(mark.ref());
  }

  @Test
  void aDrawnSignatureOfTheFormIsEmbeddedInTheRecord() {
    UUID formId = world.send("privacy-notice-acknowledgment");
    var mark =
        world.in(
            () ->
                world.filling.storeDrawnSignature(
                    world.client, world.clientId, formId, png(), "a"));
    Map<String, List<String>> post =
        post(
            "receivedHow", "portal",
            "acknowledges", "true",
            "signature.typedName", "Jo Rivera",
            "signature.ref", mark.ref(),
            "signature.sha256", mark.sha256());
    assertThat(submit(formId, post).received()).isTrue();
    var signature = Json.parse(world.form(formId).signaturesJson().orElseThrow()).get(0);
    assertThat(signature.path("image").path("ref").asText()).isEqualTo(mark.ref());
  }

  @Test
  void hostileSignatureUploadsAreRefused() {
    UUID formId = world.send("privacy-notice-acknowledgment");
    for (byte[] bad : new byte[][] {new byte[0], "<svg onload=x>".getBytes(), new byte[300_000]}) {
      assertThatThrownBy(
              () ->
                  world.in(
                      () ->
                          world.filling.storeDrawnSignature(
                              world.client, world.clientId, formId, bad, "a")))
          .isInstanceOf(InvalidInput.class);
    }
  }

  @Test
  void changedPrefilledAnswersAreRecordedForStaff() {
    UUID formId = world.send("telehealth-consent");
    Map<String, List<String>> post =
        post(
            "usualLocation", "Home office",
            "backupPhone", "(312) 555-0142",
            "emergencyName", "Sam Rivera",
            "emergencyPhone", "312 555 0199",
            "agreesToPrivateSpace", "true",
            "agreesToStateLocation", "true",
            "consentsToTelehealth", "true",
            "signature.typedName", "Jo Rivera");
    SubmitOutcome outcome = submit(formId, post);
    assertThat(outcome.received()).as("%s", outcome.rejection()).isTrue();
    assertThat(IntakeEngine.changes(world.form(formId).prefillChangesJson().orElseThrow()))
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.field()).isEqualTo("backupPhone");
              assertThat(c.prefilled()).isEqualTo("(312) 555-0100");
              assertThat(c.answered()).isEqualTo("(312) 555-0142");
            });
  }

  static final String GUARDIAN_SIGNS =
      """
      {"id": "%s", "version": %d, "title": "Consent for a minor", "kind": "INTAKE",
       "schema": {"type": "object", "additionalProperties": false, "required": ["signature"],
         "properties": {"signature": {"type": "object", "required": ["ref", "sha256", "typedName"],
           "properties": {"ref": {"type": "string"}, "sha256": {"type": "string"},
                          "typedName": {"type": "string", "minLength": 1, "maxLength": 160}}}}},
       "ui": {"pages": [{"id": "p", "title": "Sign", "sections": [{"id": "s", "fields": [
         {"field": "signature", "widget": "signature", "label": "Signature",
          "help": "I consent as the client's parent or guardian.", "signer": "onBehalfOf"}]}]}]}}
      """;

  @Test
  void aSignatureByTheWrongPersonIsRefusedAndTheDraftKept() {
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
                GUARDIAN_SIGNS.formatted(form.formKey(), form.nextVersion())));
    UUID versionId = world.in(() -> world.forms.publish(world.admin, form.id())).id();
    UUID assignment =
        world
            .in(() -> world.sending.sendForm(world.admin, world.clientId, "practice:" + versionId))
            .assignmentId();
    UUID formId =
        world.in(
            () ->
                world
                    .em
                    .createQuery(
                        "SELECT f.id FROM AssignedForm f WHERE f.assignmentId = :a", UUID.class)
                    .setParameter("a", assignment)
                    .getSingleResult());
    SubmitOutcome own = submit(formId, post("signature.typedName", "Jo Rivera"));
    assertThat(own.received()).isFalse();
    assertThat(own.problem()).contains("on the client's behalf");
    assertThat(world.form(formId).status()).isEqualTo(FormStatus.IN_PROGRESS);
    SubmitOutcome parents =
        world.in(
            () ->
                world.filling.submit(
                    world.parent,
                    world.clientId,
                    formId,
                    post("signature.typedName", "Maria Rivera"),
                    FROM));
    assertThat(parents.received()).isTrue();
  }

  @Test
  void aTypedSignatureThatIsNotTheSignersNameIsRefusedOnTheFieldAndKept() {
    UUID formId = world.send("privacy-notice-acknowledgment");
    SubmitOutcome someoneElse =
        submit(
            formId,
            post(
                "receivedHow", "portal",
                "acknowledges", "true",
                "signature.typedName", "Totally Someone Else"));
    assertThat(someoneElse.received()).isFalse();
    assertThat(someoneElse.rejection().errors())
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.pointer()).isEqualTo("/signature");
              assertThat(e.message(Locale.ENGLISH))
                  .isEqualTo("Please type your own full name to sign: Jo Rivera.");
            });
    assertThat(someoneElse.rejection().typed().get("signature.typedName"))
        .containsExactly("Totally Someone Else");
    assertThat(world.form(formId).status()).isEqualTo(FormStatus.IN_PROGRESS);

    SubmitOutcome ownName =
        submit(
            formId,
            post(
                "receivedHow", "portal",
                "acknowledges", "true",
                "signature.typedName", "  jo   RIVERA "));
    assertThat(ownName.received()).as("%s", ownName.rejection()).isTrue();
  }

  @Test
  void aParentSignsWithTheirOwnNameNotTheChilds() {
    for (String childsName : new String[] {"Joey Rivera", "Jo Rivera"}) {
      UUID formId = world.send("privacy-notice-acknowledgment");
      Map<String, List<String>> post =
          post(
              "receivedHow", "portal",
              "acknowledges", "true",
              "signerRelationship", "parent",
              "signature.typedName", childsName);
      SubmitOutcome outcome =
          world.in(() -> world.filling.submit(world.parent, world.clientId, formId, post, FROM));
      assertThat(outcome.received()).as(childsName).isFalse();
      assertThat(outcome.rejection().errors())
          .extracting(e -> e.message(Locale.ENGLISH))
          .containsExactly("Please type your own full name to sign: Maria Rivera.");
    }
  }

  @Test
  void namesCompareWithoutCaseAccentsOrExtraSpaces() {
    assertThat(org.foyer.intake.signing.control.FormSigning.comparable("  José   NÚÑEZ "))
        .isEqualTo(org.foyer.intake.signing.control.FormSigning.comparable("jose nunez"));
    assertThat(org.foyer.intake.signing.control.FormSigning.comparable("Jose Nunez"))
        .isNotEqualTo(org.foyer.intake.signing.control.FormSigning.comparable("Jose Nunes"));
  }

  @Test
  void theOpenedFormRendersPreFilledWithTheTokenAndTheSignatureUpload() {
    UUID formId = world.send("privacy-notice-acknowledgment");
    OpenedForm opened =
        world.in(() -> world.filling.open(world.client, world.clientId, formId, "a"));
    String html =
        world
            .engine
            .engine()
            .render(
                opened.definition(),
                opened.state(),
                Locale.ENGLISH,
                org.foyer.forms.render.RenderOptions.DEFAULT
                    .withAction("/p/x/portal/form?id=" + formId)
                    .withHiddenInputs(Map.of("_csrf", "token"))
                    .withSignatureUpload("/api/p/x/portal/forms/" + formId + "/signature"));
    assertThat(html)
        .contains("id=\"foyer-form-privacy-notice-acknowledgment\"")
        .contains("name=\"_csrf\" value=\"token\"")
        .contains("data-foyer-upload=")
        .contains("value=\"Rivera\"")
        .contains("Calm Waters Counseling");
  }

  static byte[] png() {
    byte[] png = new byte[64];
    byte[] magic = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    System.arraycopy(magic, 0, png, 0, magic.length);
    return png;
  }
}
