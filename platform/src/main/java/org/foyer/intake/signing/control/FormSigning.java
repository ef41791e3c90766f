package org.foyer.intake.signing.control;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.persistence.EntityManager;
import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.foyer.forms.FormEngine;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.json.Json;
import org.foyer.forms.signature.SignatureCapture;
import org.foyer.forms.signature.SignatureRecord;
import org.foyer.forms.signature.SignatureRefused;
import org.foyer.forms.validation.ParseResult;
import org.foyer.intake.control.PostedAnswers;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.signing.entity.SignatureMark;

/**
 * The signing step of a submission: ties each posted signature to a mark of this very form (a drawn
 * one the client stored, or a typed one made now), then has the engine sign every signature field
 * answered. Runs inside the submitting service's transaction.
 */
public final class FormSigning {

  /** Longest typed name taken as a signature. */
  public static final int TYPED_NAME_LENGTH = 160;

  private final EntityManager em;
  private final FormEngine engine;

  public FormSigning(EntityManager em, FormEngine engine) {
    this.em = em;
    this.engine = engine;
  }

  /**
   * Who signs, for whom, when, from where. {@code onBehalfOf} is the client's name when a contact
   * signs, null when the client does; {@code locale} is the one the intent statement was shown in.
   */
  public record Signer(
      String email,
      String onBehalfOf,
      Instant at,
      String address,
      String userAgent,
      Locale locale) {}

  /**
   * Keeps a posted signature reference only when it names a drawn mark of this very form with the
   * same SHA-256; otherwise a typed name alone becomes a typed mark. Nothing posted can point a
   * signature at another form's (or client's) mark. The post is rewritten to name the marks kept.
   */
  public Map<String, SignatureMark> resolve(
      AssignedForm form, FormDefinition definition, Map<String, List<String>> post, Instant now) {
    Map<String, SignatureMark> marks = new HashMap<>();
    for (FieldUi field : definition.fields().values()) {
      if (field.widget() != Widget.SIGNATURE) {
        continue;
      }
      String name = field.field();
      String typed = PostedAnswers.single(post, name + ".typedName");
      SignatureMark drawn =
          drawnMark(
              form,
              PostedAnswers.single(post, name + ".ref"),
              PostedAnswers.single(post, name + ".sha256"));
      post.remove(name + ".ref");
      post.remove(name + ".sha256");
      if (typed.isBlank() || typed.length() > TYPED_NAME_LENGTH) {
        continue;
      }
      SignatureMark mark = drawn;
      if (mark == null) {
        mark = SignatureMark.typed(form.id(), typed.strip(), now);
        em.persist(mark);
      }
      post.put(name + ".ref", List.of(mark.id().toString()));
      post.put(name + ".sha256", List.of(mark.sha256()));
      marks.put(name, mark);
    }
    return marks;
  }

  /**
   * An error on every signature whose typed name is not one of the signer's own names, compared
   * without case, accents or extra spaces. A contact signing for a minor types their own name, not
   * the child's. Fields the rules hid, and signers with no known name, are not checked.
   */
  public List<FieldError> misnamed(
      FormDefinition definition, ParseResult result, Collection<String> signerNames) {
    Set<String> accepted = new LinkedHashSet<>();
    signerNames.forEach(name -> accepted.add(comparable(name)));
    accepted.remove("");
    if (accepted.isEmpty()) {
      return List.of();
    }
    List<FieldError> errors = new ArrayList<>();
    for (FieldUi field : definition.fields().values()) {
      String name = field.field();
      if (field.widget() != Widget.SIGNATURE || result.hidden().contains(name)) {
        continue;
      }
      String typed = result.answers().get(name).path("typedName").asText("");
      if (!typed.isBlank() && !accepted.contains(comparable(typed))) {
        errors.add(
            FieldError.of(
                "/" + name, ErrorCode.NOT_THE_SIGNERS_NAME, signerNames.iterator().next().strip()));
      }
    }
    return errors;
  }

  /** Whether a typed name is one of the signer's own (true when no name of theirs is known). */
  public static boolean isOwnName(String typed, Collection<String> signerNames) {
    Set<String> accepted = new LinkedHashSet<>();
    signerNames.forEach(name -> accepted.add(comparable(name)));
    accepted.remove("");
    return accepted.isEmpty() || accepted.contains(comparable(typed));
  }

  /**
   * The mark of a later signer's signature in one field: the drawn one posted for it when it is of
   * this form, else the typed name made a mark now.
   */
  public SignatureMark markFor(
      AssignedForm form, String field, Map<String, List<String>> post, String typed, Instant now) {
    SignatureMark drawn =
        drawnMark(
            form,
            PostedAnswers.single(post, field + ".ref"),
            PostedAnswers.single(post, field + ".sha256"));
    if (drawn != null) {
      return drawn;
    }
    SignatureMark mark = SignatureMark.typed(form.id(), typed.strip(), now);
    em.persist(mark);
    return mark;
  }

  /**
   * A later signer's signature over answers already locked: the record covers exactly those answers
   * (signature fields left out, so every signer's hash of the same answers is the same).
   */
  public SignatureRecord signStep(
      FormDefinition definition,
      Answers answers,
      String field,
      String typed,
      SignatureMark mark,
      Signer signer)
      throws SignatureRefused {
    ObjectNode json = answers.json();
    json.set(field, answerOf(typed, mark));
    Answers signed = Answers.adopt(json);
    return engine.sign(
        definition,
        signed,
        capture(definition.fields().get(field), signed, Map.of(field, mark), signer));
  }

  /**
   * The answers with a later signer's signature in its field, when the field is still empty; a
   * field an earlier signer filled keeps their signature (both records stay in the certificate).
   */
  public static Answers withSignature(
      Answers answers, String field, String typed, SignatureMark mark) {
    if (answers.has(field)) {
      return answers;
    }
    ObjectNode signed = answers.json();
    signed.set(field, answerOf(typed, mark));
    return Answers.adopt(signed);
  }

  private static ObjectNode answerOf(String typed, SignatureMark mark) {
    ObjectNode answer = Json.object();
    answer.put("typedName", typed.strip());
    answer.put("ref", mark.id().toString());
    answer.put("sha256", mark.sha256());
    return answer;
  }

  /** " José Núñez " and "jose nunez" compare equal. */
  public static String comparable(String name) {
    String bare =
        Normalizer.normalize(name == null ? "" : name, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "");
    return bare.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** The signature records of every answered signature field, or the engine's refusal. */
  public List<SignatureRecord> sign(
      FormDefinition definition, Answers answers, Map<String, SignatureMark> marks, Signer signer)
      throws SignatureRefused {
    List<SignatureRecord> signatures = new ArrayList<>();
    for (FieldUi field : definition.fields().values()) {
      if (field.widget() == Widget.SIGNATURE && answers.has(field.field())) {
        signatures.add(engine.sign(definition, answers, capture(field, answers, marks, signer)));
      }
    }
    return signatures;
  }

  private SignatureMark drawnMark(AssignedForm form, String ref, String sha256) {
    UUID id;
    try {
      id = UUID.fromString(ref);
    } catch (IllegalArgumentException e) {
      return null;
    }
    SignatureMark mark = em.find(SignatureMark.class, id);
    return mark != null
            && mark.formId().equals(form.id())
            && mark.isDrawn()
            && mark.sha256().equals(sha256)
        ? mark
        : null;
  }

  private static SignatureCapture capture(
      FieldUi field, Answers answers, Map<String, SignatureMark> marks, Signer signer) {
    SignatureMark mark = marks.get(field.field());
    String intent = field.help().text(signer.locale());
    if (intent.isBlank()) {
      intent = field.label().text(signer.locale());
    }
    return new SignatureCapture(
        field.field(),
        answers.get(field.field()).path("typedName").asText(),
        mark != null && mark.isDrawn() ? mark.ref() : null,
        null,
        intent,
        signer.email(),
        signer.onBehalfOf(),
        signer.at(),
        signer.address(),
        signer.userAgent());
  }
}
