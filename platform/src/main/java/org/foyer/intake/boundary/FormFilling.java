package org.foyer.intake.boundary;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.foyer.access.Caller;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditLog;
import org.foyer.audit.AuditRecord;
import org.foyer.clients.Client;
import org.foyer.errors.InvalidInput;
import org.foyer.errors.NotFound;
import org.foyer.forms.FormEngine;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.FieldUi;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.Widget;
import org.foyer.forms.json.Json;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.render.FormState;
import org.foyer.forms.scoring.ScoreReport;
import org.foyer.forms.signature.BlobRef;
import org.foyer.forms.signature.SignatureCapture;
import org.foyer.forms.signature.SignatureRecord;
import org.foyer.forms.validation.ParseResult;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.control.IntakeFacts;
import org.foyer.intake.entity.AlreadyReceived;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;
import org.foyer.intake.entity.FormSubmitted;
import org.foyer.intake.entity.SignatureMark;
import org.foyer.intake.entity.Submission;
import org.foyer.persistence.Transactional;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.ContactNetwork;
import org.foyer.portal.account.Relationship;

/**
 * Filling in forms in the portal, by the client or a contact acting for them: list, open
 * (pre-filled from the record), save a draft on the server (so it resumes on any device), store a
 * drawn signature, and submit. Access is re-checked against the contact network on every call, so
 * another client's form, another practice's form and a revoked contact all meet {@link NotFound}.
 *
 * <p>A submission is one transaction that takes the form's row lock, so of two submissions of the
 * same form exactly one is stored and the other meets {@link AlreadyReceived}.
 */
@ApplicationScoped
public class FormFilling {

  private EntityManager em;
  private ContactNetwork network;
  private IntakeEngine intake;
  private IntakeFacts facts;
  private AuditLog audit;
  private Event<FormSubmitted> submitted;
  private Clock clock;

  protected FormFilling() {}

  @Inject
  public FormFilling(
      EntityManager em,
      ContactNetwork network,
      IntakeEngine intake,
      IntakeFacts facts,
      AuditLog audit,
      Event<FormSubmitted> submitted) {
    this(em, network, intake, facts, audit, submitted, Clock.systemUTC());
  }

  public FormFilling(
      EntityManager em,
      ContactNetwork network,
      IntakeEngine intake,
      IntakeFacts facts,
      AuditLog audit,
      Event<FormSubmitted> submitted,
      Clock clock) {
    this.em = em;
    this.network = network;
    this.intake = intake;
    this.facts = facts;
    this.audit = audit;
    this.submitted = submitted;
    this.clock = clock;
  }

  /** The client's forms, newest sending first, in packet order. */
  @Transactional(readOnly = true)
  public List<FormSummary> listForms(Caller caller, UUID clientId) {
    ClientProfile profile = network.getProfile(caller, clientId);
    return em.createQuery(
            "SELECT f FROM AssignedForm f WHERE f.clientId = :client"
                + " ORDER BY f.sentAt DESC, f.assignmentId, f.position",
            AssignedForm.class)
        .setParameter("client", profile.clientId())
        .getResultStream()
        .map(FormSummary::of)
        .toList();
  }

  /** The form pre-filled from the record, with the saved draft or the locked submission. */
  @Transactional
  public OpenedForm open(Caller caller, UUID clientId, UUID formId, String address) {
    ClientProfile profile = network.getProfile(caller, clientId);
    AssignedForm form = load(profile, formId, false);
    FormDefinition definition = intake.definitionOf(form);
    Populated populated = populate(definition, profile);
    FormState state;
    if (form.status().isOpen()) {
      state =
          form.draftAnswers()
              .map(
                  draft ->
                      new FormState(
                          Answers.parse(draft),
                          typedOf(form.draftTyped().orElse(null)),
                          List.of(),
                          FormState.of(populated).locked(),
                          Map.of()))
              .orElseGet(() -> FormState.of(populated));
    } else {
      state = FormState.of(Answers.parse(form.submittedAnswers().orElseThrow()), populated);
    }
    record(caller, profile, AuditAction.INTAKE_FORM_OPENED, form, "opened", address);
    return new OpenedForm(form.id(), form.title(), form.status(), definition, populated, state);
  }

  /** Keeps what the client typed so far; answers that do not convert yet are kept as typed. */
  @Transactional
  public Instant saveDraft(
      Caller caller, UUID clientId, UUID formId, Map<String, List<String>> post, String address) {
    ClientProfile profile = network.getProfile(caller, clientId);
    AssignedForm form = load(profile, formId, true);
    FormDefinition definition = intake.definitionOf(form);
    Map<String, List<String>> answersPosted = withoutReserved(post);
    ParseResult result =
        intake.engine().parse(definition, answersPosted, populate(definition, profile));
    boolean first = form.status() == FormStatus.OUTSTANDING;
    Instant now = clock.instant();
    form.saveDraft(result.answers().canonicalJson(), typedJson(answersPosted), now);
    if (first) {
      record(caller, profile, AuditAction.INTAKE_DRAFT_SAVED, form, "draft saved", address);
    }
    return now;
  }

  /** Stores a signature drawn on the pad; the answer then refers to it by id and SHA-256. */
  @Transactional
  public BlobRef storeDrawnSignature(
      Caller caller, UUID clientId, UUID formId, byte[] png, String address) {
    ClientProfile profile = network.getProfile(caller, clientId);
    AssignedForm form = load(profile, formId, true);
    if (!form.status().isOpen()) {
      throw new AlreadyReceived(form.title());
    }
    SignatureMark mark;
    try {
      mark = SignatureMark.drawn(form.id(), png, clock.instant());
    } catch (IllegalArgumentException e) {
      throw new InvalidInput(e.getMessage(), Map.of("signature", e.getMessage()));
    }
    em.persist(mark);
    record(caller, profile, AuditAction.INTAKE_SIGNATURE_DRAWN, form, "signature drawn", address);
    return mark.ref();
  }

  /**
   * Parses, validates, scores and signs the post and locks the form with it, all or nothing. A
   * rejected post is kept as the draft and comes back with every error and everything typed.
   */
  @Transactional
  public SubmitOutcome submit(
      Caller caller,
      UUID clientId,
      UUID formId,
      Map<String, List<String>> post,
      SigningContext context) {
    ClientProfile profile = network.getProfile(caller, clientId);
    AssignedForm form = load(profile, formId, true);
    if (!form.status().isOpen()) {
      throw new AlreadyReceived(form.title());
    }
    FormDefinition definition = intake.definitionOf(form);
    Populated populated = populate(definition, profile);
    Instant now = clock.instant();
    Map<String, List<String>> answersPosted = withoutReserved(post);
    Map<String, SignatureMark> marks = resolveSignatures(form, definition, answersPosted, now);
    FormEngine engine = intake.engine();
    ParseResult result = engine.parse(definition, answersPosted, populated);
    if (!result.isValid()) {
      form.saveDraft(result.answers().canonicalJson(), typedJson(answersPosted), now);
      return SubmitOutcome.rejected(result, populated);
    }
    Answers answers = result.answers();
    List<SignatureRecord> signatures = new ArrayList<>();
    for (FieldUi field : definition.fields().values()) {
      if (field.widget() == Widget.SIGNATURE && answers.has(field.field())) {
        signatures.add(
            engine.sign(
                definition,
                answers,
                capture(field, answers, marks, profile, caller, now, context)));
      }
    }
    ScoreReport scores = engine.score(definition, answers);
    boolean flagged = scores.flags().stream().anyMatch(f -> f.raised());
    form.submit(
        new Submission(
            answers.canonicalJson(),
            IntakeEngine.scoresJson(scores),
            IntakeEngine.signaturesJson(signatures),
            IntakeEngine.changesJson(engine.changedPrefills(populated, answers)),
            flagged,
            caller.email(),
            onBehalfOf(profile),
            context.address(),
            now));
    em.flush();
    record(caller, profile, AuditAction.INTAKE_SUBMITTED, form, "submitted", context.address());
    submitted.fire(new FormSubmitted(profile.clientId(), form.id(), flagged));
    return SubmitOutcome.receivedOne();
  }

  private Populated populate(FormDefinition definition, ClientProfile profile) {
    Client client = em.find(Client.class, profile.clientId());
    return intake.engine().populate(definition, facts.of(client));
  }

  /**
   * Keeps a posted signature reference only when it names a drawn mark of this very form with the
   * same SHA-256; otherwise a typed name alone becomes a typed mark. Nothing posted can point a
   * signature at another form's (or client's) mark.
   */
  private Map<String, SignatureMark> resolveSignatures(
      AssignedForm form, FormDefinition definition, Map<String, List<String>> post, Instant now) {
    Map<String, SignatureMark> marks = new HashMap<>();
    for (FieldUi field : definition.fields().values()) {
      if (field.widget() != Widget.SIGNATURE) {
        continue;
      }
      String name = field.field();
      String typed = single(post, name + ".typedName");
      SignatureMark drawn =
          drawnMark(form, single(post, name + ".ref"), single(post, name + ".sha256"));
      post.remove(name + ".ref");
      post.remove(name + ".sha256");
      if (typed.isBlank() || typed.length() > 160) {
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

  private SignatureCapture capture(
      FieldUi field,
      Answers answers,
      Map<String, SignatureMark> marks,
      ClientProfile profile,
      Caller caller,
      Instant now,
      SigningContext context) {
    SignatureMark mark = marks.get(field.field());
    String intent = field.help().text(context.locale());
    if (intent.isBlank()) {
      intent = field.label().text(context.locale());
    }
    return new SignatureCapture(
        field.field(),
        answers.get(field.field()).path("typedName").asText(),
        mark != null && mark.isDrawn() ? mark.ref() : null,
        null,
        intent,
        caller.email(),
        profile.relationship() == Relationship.SELF ? null : profile.displayName(),
        now,
        context.address(),
        context.userAgent());
  }

  private AssignedForm load(ClientProfile profile, UUID formId, boolean lock) {
    AssignedForm form =
        formId == null
            ? null
            : lock
                ? em.find(AssignedForm.class, formId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(AssignedForm.class, formId);
    if (form == null || !form.clientId().equals(profile.clientId())) {
      throw new NotFound("That form");
    }
    return form;
  }

  private void record(
      Caller caller,
      ClientProfile profile,
      AuditAction action,
      AssignedForm form,
      String what,
      String address) {
    audit.record(
        AuditRecord.success(caller.email(), action)
            .onBehalfOf("client " + profile.clientId())
            .about("client " + profile.clientId() + " form " + form.id() + " " + what)
            .from(address));
  }

  private static String onBehalfOf(ClientProfile profile) {
    return profile.relationship() == Relationship.SELF
        ? null
        : "client " + profile.clientId() + " (" + profile.relationship().label() + ")";
  }

  private static Map<String, List<String>> withoutReserved(Map<String, List<String>> post) {
    Map<String, List<String>> answers = new LinkedHashMap<>();
    post.forEach(
        (name, values) -> {
          if (!name.startsWith("_")) {
            answers.put(name, List.copyOf(values));
          }
        });
    return answers;
  }

  private static String single(Map<String, List<String>> post, String name) {
    List<String> values = post.get(name);
    return values == null || values.size() != 1 || values.get(0) == null ? "" : values.get(0);
  }

  static String typedJson(Map<String, List<String>> typed) {
    ObjectNode json = Json.object();
    typed.forEach(
        (name, values) -> {
          ArrayNode array = json.putArray(name);
          values.forEach(array::add);
        });
    return Json.write(json);
  }

  static Map<String, List<String>> typedOf(String json) {
    Map<String, List<String>> typed = new LinkedHashMap<>();
    if (json != null) {
      JsonNode node = Json.parse(json);
      node.fields()
          .forEachRemaining(
              e -> {
                List<String> values = new ArrayList<>();
                e.getValue().forEach(v -> values.add(v.asText()));
                typed.put(e.getKey(), values);
              });
    }
    return typed;
  }

  /** The locale forms are shown in; the portal is English for now. */
  public static Locale locale() {
    return Locale.ENGLISH;
  }
}
