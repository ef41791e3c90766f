package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.boundary.DocumentSummary;
import org.foyer.documents.control.DocumentFiles;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.json.Json;
import org.foyer.intake.control.FormAttachments.ChosenFile;
import org.foyer.intake.entity.FormStatus;
import org.foyer.intake.filling.boundary.SubmitOutcome;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Insurance card photos on the Insurance Information form: kept as the client's sealed General
 * Documents, referred to by the answer, kept across a refused post and a draft, refused with a
 * field message when they are not a photo or too large, and never pointing at another client's
 * file.
 */
class FormAttachmentsTest {

  IntakeWorld world;
  UUID formId;

  @BeforeEach
  void practice() {
    world = new IntakeWorld("attach");
    formId = world.send("insurance-information");
  }

  static byte[] jpeg(Color color) {
    BufferedImage image = new BufferedImage(64, 40, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(color);
    g.fillRect(0, 0, 64, 40);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "jpg", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static Map<String, List<String>> insured(String... more) {
    Map<String, List<String>> post = new HashMap<>();
    String[] pairs = {
      "usesInsurance", "true",
      "payer", "Blue Harbor Health",
      "planType", "commercial",
      "memberId", "XJH 4471",
      "subscriberRelationship", "self",
      "assignsBenefits", "true",
      "hasSecondary", "false",
      "signature.typedName", "Jo Rivera",
      "signedOn", "2026-11-27"
    };
    for (int i = 0; i < pairs.length; i += 2) {
      post.put(pairs[i], new ArrayList<>(List.of(pairs[i + 1])));
    }
    for (int i = 0; i < more.length; i += 2) {
      post.put(more[i], new ArrayList<>(List.of(more[i + 1])));
    }
    return post;
  }

  List<FieldError> attach(Map<String, List<String>> post, ChosenFile... files) {
    return world.in(
        () ->
            world.filling.attachFiles(world.client, world.clientId, formId, post, List.of(files)));
  }

  SubmitOutcome submit(Map<String, List<String>> post, List<FieldError> earlier) {
    return world.in(
        () ->
            world.filling.submit(
                world.client, world.clientId, formId, post, FormFillingTest.FROM, earlier));
  }

  @Test
  void cardPhotosAreKeptAsTheClientsDocumentsAndStaffCanOpenThem() {
    byte[] front = jpeg(Color.BLUE);
    byte[] back = jpeg(Color.GREEN);
    Map<String, List<String>> post = insured();
    List<FieldError> refused =
        attach(
            post,
            new ChosenFile("cardFront", "IMG_0001.JPG", front.length, front),
            new ChosenFile("cardBack", "C:\\Users\\jo\\back.jpeg", back.length, back));
    assertThat(refused).isEmpty();
    SubmitOutcome outcome = submit(post, refused);
    assertThat(outcome.received()).as("%s", outcome.rejection()).isTrue();

    var answers = Json.parse(world.form(formId).submittedAnswers().orElseThrow());
    var frontAnswer = answers.path("cardFront");
    assertThat(frontAnswer.path("name").asText()).isEqualTo("IMG_0001.jpg");
    assertThat(frontAnswer.path("mediaType").asText()).isEqualTo("image/jpeg");
    assertThat(frontAnswer.path("sha256").asText()).isEqualTo(DocumentFiles.sha256(front));
    assertThat(answers.path("cardBack").path("name").asText()).isEqualTo("back.jpg");

    UUID documentId = UUID.fromString(frontAnswer.path("ref").asText());
    var download =
        world.in(() -> world.documents.download(world.admin, world.clientId, documentId));
    assertThat(download.content()).isEqualTo(front);
    assertThat(download.summary().kind()).isEqualTo(DocumentKind.FORM_ATTACHMENT);
    assertThat(download.summary().title())
        .isEqualTo("Insurance Information: Photo of the front of the card");

    // Staff review links each photo to its document.
    assertThat(world.in(() -> world.review.listAttachments(world.admin, formId)))
        .extracting(a -> a.label(), a -> a.fileName(), a -> a.documentId())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "Photo of the front of the card", "IMG_0001.jpg", documentId),
            org.assertj.core.groups.Tuple.tuple(
                "Photo of the back of the card",
                "back.jpg",
                UUID.fromString(answers.path("cardBack").path("ref").asText())));
  }

  @Test
  void aPhotoIsKeptAcrossAnUnrelatedErrorAndADraftWithoutChoosingItAgain() {
    byte[] front = jpeg(Color.RED);
    Map<String, List<String>> post = insured();
    post.remove("memberId");
    List<FieldError> refused =
        attach(post, new ChosenFile("cardFront", "front.jpg", front.length, front));
    SubmitOutcome rejected = submit(post, refused);
    assertThat(rejected.received()).isFalse();
    assertThat(rejected.rejection().errors()).extracting(FieldError::pointer).contains("/memberId");
    assertThat(rejected.rejection().errors())
        .extracting(FieldError::pointer)
        .doesNotContain("/cardFront");
    assertThat(rejected.rejection().typed().get("cardFront.name")).containsExactly("front.jpg");

    // The page posts back what it showed: the file's reference, not the file.
    var opened =
        world.in(() -> world.filling.open(world.client, world.clientId, formId, "203.0.113.9"));
    assertThat(opened.state().typed().get("cardFront.ref"))
        .containsExactlyElementsOf(rejected.rejection().typed().get("cardFront.ref"));
    Map<String, List<String>> again = insured();
    for (String part : new String[] {"ref", "sha256", "name", "mediaType"}) {
      again.put("cardFront." + part, opened.state().typed().get("cardFront." + part));
    }
    assertThat(submit(again, List.of()).received()).isTrue();
  }

  @Test
  void wrongTypesEmptyAndOversizedFilesAreRefusedOnTheirFieldAndNothingElseIsLost() {
    byte[] gif =
        "GIF89a\u0001\u0000\u0001\u0000".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    byte[] script = "<svg onload=alert(1)>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    Map<String, List<String>> post = insured();
    List<FieldError> refused =
        attach(
            post,
            new ChosenFile("cardFront", "card.jpg", gif.length, gif),
            new ChosenFile("cardBack", "card.png", DocumentFiles.MAX_BYTES + 1, null));
    assertThat(refused)
        .extracting(FieldError::pointer, FieldError::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("/cardFront", ErrorCode.FILE_NOT_ACCEPTED),
            org.assertj.core.groups.Tuple.tuple("/cardBack", ErrorCode.FILE_TOO_LARGE));
    assertThat(refused.get(1).message(Locale.ENGLISH))
        .isEqualTo("This file is larger than 20 MB. Please choose a smaller photo or scan.");
    assertThat(attach(insured(), new ChosenFile("cardFront", "x.pdf", script.length, script)))
        .extracting(FieldError::code)
        .containsExactly(ErrorCode.FILE_NOT_ACCEPTED);
    assertThat(attach(insured(), new ChosenFile("cardFront", "empty.jpg", 0, new byte[0])))
        .extracting(FieldError::code)
        .containsExactly(ErrorCode.FILE_EMPTY);

    SubmitOutcome outcome = submit(post, refused);
    assertThat(outcome.received()).isFalse();
    assertThat(outcome.rejection().typed().get("payer")).containsExactly("Blue Harbor Health");
    assertThat(world.form(formId).status()).isEqualTo(FormStatus.IN_PROGRESS);
    assertThat(world.in(() -> world.documents.listDocuments(world.admin, world.clientId)))
        .as("a refused file keeps nothing")
        .isEmpty();
  }

  @Test
  void anAnswerCannotPointAtAnotherClientsFile() {
    UUID stranger = world.anotherClient("Sol");
    byte[] photo = jpeg(Color.BLACK);
    DocumentSummary theirs =
        world.in(
            () ->
                world.documents.upload(
                    world.admin, stranger, DocumentKind.UPLOADED, "", "card.jpg", photo));
    Map<String, List<String>> post =
        insured(
            "cardFront.ref",
            theirs.id().toString(),
            "cardFront.sha256",
            theirs.sha256(),
            "cardFront.name",
            "card.jpg",
            "cardFront.mediaType",
            "image/jpeg");
    SubmitOutcome outcome = submit(post, List.of());
    assertThat(outcome.received()).isFalse();
    assertThat(outcome.rejection().errors())
        .extracting(FieldError::pointer, FieldError::code)
        .contains(org.assertj.core.groups.Tuple.tuple("/cardFront", ErrorCode.REQUIRED));
  }
}
