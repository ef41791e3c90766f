package org.foyer.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Clock;
import java.time.Instant;
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
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.render.FormState;
import org.foyer.forms.scoring.ScoreReport;
import org.foyer.forms.signature.BlobRef;
import org.foyer.forms.signature.SignatureRecord;
import org.foyer.forms.signature.SignatureRefused;
import org.foyer.forms.validation.ParseResult;
import org.foyer.intake.control.FormSigning;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.control.IntakeFacts;
import org.foyer.intake.control.PostedAnswers;
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
  private FormSigning signing;

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
    this.signing = new FormSigning(em, intake.engine());
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
                          PostedAnswers.typedOf(form.draftTyped().orElse(null)),
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
    Map<String, List<String>> answersPosted = PostedAnswers.withoutReserved(post);
    ParseResult result =
        intake.engine().parse(definition, answersPosted, populate(definition, profile));
    boolean first = form.status() == FormStatus.OUTSTANDING;
    Instant now = clock.instant();
    form.saveDraft(result.answers().canonicalJson(), PostedAnswers.typedJson(answersPosted), now);
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
    Map<String, List<String>> answersPosted = PostedAnswers.withoutReserved(post);
    Map<String, SignatureMark> marks = signing.resolve(form, definition, answersPosted, now);
    FormEngine engine = intake.engine();
    ParseResult result = engine.parse(definition, answersPosted, populated);
    if (!result.isValid()) {
      form.saveDraft(result.answers().canonicalJson(), PostedAnswers.typedJson(answersPosted), now);
      return SubmitOutcome.rejected(result, populated);
    }
    Answers answers = result.answers();
    List<SignatureRecord> signatures;
    try {
      signatures = signing.sign(definition, answers, marks, signer(caller, profile, now, context));
    } catch (SignatureRefused e) {
      form.saveDraft(answers.canonicalJson(), PostedAnswers.typedJson(answersPosted), now);
      return SubmitOutcome.refused(result, populated, e.getMessage());
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

  private static FormSigning.Signer signer(
      Caller caller, ClientProfile profile, Instant now, SigningContext context) {
    return new FormSigning.Signer(
        caller.email(),
        profile.relationship() == Relationship.SELF ? null : profile.displayName(),
        now,
        context.address(),
        context.userAgent(),
        context.locale());
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

  /** The locale forms are shown in; the portal is English for now. */
  public static Locale locale() {
    return Locale.ENGLISH;
  }
}
