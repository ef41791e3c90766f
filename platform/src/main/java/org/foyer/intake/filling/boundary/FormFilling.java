package org.foyer.intake.filling.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.forms.FormEngine;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.answers.ErrorCode;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.FieldUi;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.render.FormState;
import org.foyer.forms.scoring.ScoreReport;
import org.foyer.forms.signature.BlobRef;
import org.foyer.forms.signature.SignatureRecord;
import org.foyer.forms.signature.SignatureRefused;
import org.foyer.forms.validation.ParseResult;
import org.foyer.intake.control.FormAttachments;
import org.foyer.intake.control.IntakeEngine;
import org.foyer.intake.control.IntakeFacts;
import org.foyer.intake.control.PostedAnswers;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;
import org.foyer.intake.entity.FormSubmitted;
import org.foyer.intake.entity.Submission;
import org.foyer.intake.signing.control.FormSigning;
import org.foyer.intake.signing.control.SigningTurns;
import org.foyer.intake.signing.entity.AlreadyReceived;
import org.foyer.intake.signing.entity.Signatory;
import org.foyer.intake.signing.entity.SignatureAwaited;
import org.foyer.intake.signing.entity.SignatureMark;
import org.foyer.intake.signing.entity.SigningPlan;
import org.foyer.intake.signing.entity.SigningStep;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.WaitingForms;
import org.foyer.portal.account.boundary.ContactNetwork;
import org.foyer.portal.account.boundary.GuardianPrivacy;

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
public class FormFilling implements WaitingForms {

  private EntityManager em;
  private ClientRecords clients;
  private ContactNetwork network;
  private IntakeEngine intake;
  private IntakeFacts facts;
  private AuditLog audit;
  private Event<FormSubmitted> submitted;
  private Event<SignatureAwaited> awaited;
  private Clock clock;
  private FormSigning signing;
  private SigningTurns turns;
  private FormAttachments attachments;

  protected FormFilling() {}

  @Inject
  public FormFilling(
      EntityManager em,
      ClientRecords clients,
      ContactNetwork network,
      IntakeEngine intake,
      IntakeFacts facts,
      AuditLog audit,
      Event<FormSubmitted> submitted,
      Event<SignatureAwaited> awaited,
      GeneralDocuments documents,
      Clock clock) {
    this.em = em;
    this.clients = clients;
    this.network = network;
    this.intake = intake;
    this.facts = facts;
    this.audit = audit;
    this.submitted = submitted;
    this.awaited = awaited;
    this.clock = clock;
    this.signing = new FormSigning(em, intake.engine());
    this.turns = new SigningTurns(signing);
    this.attachments = new FormAttachments(documents);
  }

  /** The client's forms, newest sending first, in packet order; withdrawn ones are gone. */
  @Transactional(readOnly = true)
  public List<FormSummary> listForms(Caller caller, UUID clientId) {
    return forms(caller, clientId, " AND f.status <> :withdrawn");
  }

  /** The forms the practice took back, so the portal can tell the client they are not needed. */
  @Transactional(readOnly = true)
  public List<FormSummary> listWithdrawn(Caller caller, UUID clientId) {
    return forms(caller, clientId, " AND f.status = :withdrawn");
  }

  /**
   * Both lists in one read, for the portal pages that show the forms and the withdrawn ones
   * together.
   */
  @Transactional(readOnly = true)
  public Map<Boolean, List<FormSummary>> listFormsByWithdrawn(Caller caller, UUID clientId) {
    return forms(caller, clientId, "").stream()
        .collect(Collectors.partitioningBy(form -> form.status() == FormStatus.WITHDRAWN));
  }

  private List<FormSummary> forms(Caller caller, UUID clientId, String statusCondition) {
    ClientProfile profile = network.getProfile(caller, clientId, ContactPermission.FORMS);
    Signatory reader = signatory(caller, profile);
    TypedQuery<AssignedForm> query =
        em.createQuery(
                "SELECT f FROM AssignedForm f WHERE f.clientId = :client"
                    + statusCondition
                    + (GuardianPrivacy.seesConfidential(caller, profile)
                        ? ""
                        : " AND f.confidentialFromGuardians = FALSE")
                    + " ORDER BY f.sentAt DESC, f.assignmentId, f.position",
                AssignedForm.class)
            .setParameter("client", profile.clientId());
    if (!statusCondition.isEmpty()) {
      query.setParameter("withdrawn", FormStatus.WITHDRAWN);
    }
    return query
        .getResultStream()
        .map(form -> FormSummary.of(form, intake.definitionOf(form).estimatedMinutes(), reader))
        .toList();
  }

  /** Whether the client has a form still to fill in, or one waiting for the caller's signature. */
  @Override
  @Transactional(readOnly = true)
  public boolean anyWaiting(Caller caller, UUID clientId) {
    if (!network.permits(caller, clientId, ContactPermission.FORMS)) {
      return false;
    }
    return listForms(caller, clientId).stream().anyMatch(FormSummary::needsYou);
  }

  /** The form pre-filled from the record, with the saved draft or the locked submission. */
  @Transactional
  public OpenedForm open(Caller caller, UUID clientId, UUID formId, String address) {
    ClientProfile profile = network.getProfile(caller, clientId, ContactPermission.FORMS);
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
    return new OpenedForm(
        form.id(),
        form.title(),
        form.status(),
        definition,
        populated,
        state,
        signing(caller, profile, form, definition));
  }

  /**
   * The form with a post shown back as typed, for a post that could not be stored (a full disk).
   * Writes nothing, not even the audit of an opening: the form is already open on the client's
   * screen, and nothing could be written anyway.
   */
  @Transactional(readOnly = true)
  public OpenedForm showAgain(
      Caller caller, UUID clientId, UUID formId, Map<String, List<String>> post) {
    ClientProfile profile = network.getProfile(caller, clientId, ContactPermission.FORMS);
    AssignedForm form = load(profile, formId, false);
    FormDefinition definition = intake.definitionOf(form);
    Populated populated = populate(definition, profile);
    FormState state =
        new FormState(
            populated.answers(),
            PostedAnswers.storable(PostedAnswers.withoutReserved(post)),
            List.of(),
            FormState.of(populated).locked(),
            Map.of());
    return new OpenedForm(
        form.id(), form.title(), form.status(), definition, populated, state, null);
  }

  /** Whose signature a form waiting for a later signer needs, and whether it is the caller's. */
  private OpenedForm.Signing signing(
      Caller caller, ClientProfile profile, AssignedForm form, FormDefinition definition) {
    SigningPlan plan = form.signingPlan().orElse(null);
    SigningStep next = plan == null ? null : plan.next().orElse(null);
    if (next == null || form.status() == FormStatus.WITHDRAWN || !next.role().inPortal()) {
      return null;
    }
    boolean yours = plan.isNext(signatory(caller, profile));
    if (form.status().isOpen() && yours) {
      // The first signer fills the form in as anyone would; only later signers get a signing step.
      return null;
    }
    FieldUi field = definition.fields().get(next.field());
    String label = field.label().text(locale());
    String intent = field.help().text(locale());
    return new OpenedForm.Signing(
        next.name(), yours, next.field(), label, intent.isBlank() ? label : intent);
  }

  /** Keeps what the client typed so far; answers that do not convert yet are kept as typed. */
  @Transactional
  public Instant saveDraft(
      Caller caller, UUID clientId, UUID formId, Map<String, List<String>> post, String address) {
    ClientProfile profile = network.getProfile(caller, clientId, ContactPermission.FORMS);
    AssignedForm form = load(profile, formId, true);
    Signatory who = signatory(caller, profile);
    form.signingPlan()
        .filter(plan -> plan.next().map(step -> step.role().inPortal()).orElse(false))
        .filter(plan -> form.status().isOpen())
        .ifPresent(plan -> plan.requireNext(who, form.title()));
    FormDefinition definition = intake.definitionOf(form);
    Map<String, List<String>> answersPosted = PostedAnswers.withoutReserved(post);
    attachments.verify(caller, profile.clientId(), definition, answersPosted);
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

  /**
   * Keeps the files chosen in the form's file fields (card photos) as the client's documents and
   * points the post at them, so the answers refer to the files from now on, even if the submission
   * that follows is refused. Files that are refused come back as errors on their fields.
   */
  @Transactional
  public List<FieldError> attachFiles(
      Caller caller,
      UUID clientId,
      UUID formId,
      Map<String, List<String>> post,
      List<FormAttachments.ChosenFile> files) {
    if (files.isEmpty()) {
      return List.of();
    }
    ClientProfile profile = network.getProfile(caller, clientId, ContactPermission.FORMS);
    AssignedForm form = load(profile, formId, false);
    if (!form.status().isOpen()) {
      throw new AlreadyReceived(form.title());
    }
    return attachments.attach(
        caller, profile.clientId(), intake.definitionOf(form), form.title(), post, files);
  }

  /** Stores a signature drawn on the pad; the answer then refers to it by id and SHA-256. */
  @Transactional
  public BlobRef storeDrawnSignature(
      Caller caller, UUID clientId, UUID formId, byte[] png, String address) {
    ClientProfile profile = network.getProfile(caller, clientId, ContactPermission.FORMS);
    AssignedForm form = load(profile, formId, true);
    boolean laterSigner =
        form.status() == FormStatus.AWAITING_SIGNATURE
            && form.signingPlan().orElseThrow().isNext(signatory(caller, profile));
    if (!form.status().isOpen() && !laterSigner) {
      throw new AlreadyReceived(form.title());
    }
    SignatureMark mark = SignatureMark.drawn(form.id(), png, clock.instant());
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
    return submit(caller, clientId, formId, post, context, List.of());
  }

  /**
   * {@link #submit(Caller, UUID, UUID, Map, SigningContext)} with errors found before the post
   * reached the service (a refused file), which refuse the submission alongside the engine's.
   */
  @Transactional
  public SubmitOutcome submit(
      Caller caller,
      UUID clientId,
      UUID formId,
      Map<String, List<String>> post,
      SigningContext context,
      List<FieldError> earlier) {
    ClientProfile profile = network.getProfile(caller, clientId, ContactPermission.FORMS);
    AssignedForm form = load(profile, formId, true);
    if (form.status() == FormStatus.AWAITING_SIGNATURE) {
      return signLater(caller, profile, form, post, context);
    }
    if (!form.status().isOpen()) {
      throw new AlreadyReceived(form.title());
    }
    FormDefinition definition = intake.definitionOf(form);
    Populated populated = populate(definition, profile);
    Instant now = clock.instant();
    Map<String, List<String>> answersPosted = PostedAnswers.withoutReserved(post);
    Optional<SigningPlan> plan = form.signingPlan();
    Signatory who = signatory(caller, profile);
    Optional<SigningStep> step = plan.flatMap(SigningPlan::next).filter(s -> s.role().inPortal());
    step.ifPresent(s -> plan.get().requireNext(who, form.title()));
    Set<String> othersFields = plan.map(p -> SigningTurns.othersFields(p, step)).orElse(Set.of());
    othersFields.forEach(field -> PostedAnswers.dropSignature(answersPosted, field));
    attachments.verify(caller, profile.clientId(), definition, answersPosted);
    Map<String, SignatureMark> marks = signing.resolve(form, definition, answersPosted, now);
    FormEngine engine = intake.engine();
    ParseResult result =
        SigningTurns.othersLeftOut(
            engine.parse(definition, answersPosted, populated), othersFields);
    List<FieldError> refused = new ArrayList<>(earlier);
    refused.addAll(signing.misnamed(definition, result, signerNames(caller, profile)));
    if (step.isPresent() && !result.answers().has(step.get().field())) {
      refused.add(FieldError.of("/" + step.get().field(), ErrorCode.REQUIRED));
    }
    if (!refused.isEmpty() || !result.isValid()) {
      List<FieldError> errors = new ArrayList<>(result.errors());
      errors.addAll(refused);
      result =
          new ParseResult(
              result.answers(), errors, result.hidden(), PostedAnswers.storable(result.typed()));
    }
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
    Submission submission =
        new Submission(
            answers.canonicalJson(),
            IntakeEngine.scoresJson(scores),
            IntakeEngine.signaturesJson(signatures),
            IntakeEngine.changesJson(engine.changedPrefills(populated, answers)),
            flagged,
            caller.email(),
            onBehalfOf(profile),
            context.address(),
            now);
    if (plan.isPresent()) {
      SigningPlan signed =
          step.isPresent()
              ? plan.get().signNext(who, form.title(), caller.email(), now)
              : plan.get();
      form.submitFirstSignature(submission, signed);
    } else {
      form.submit(submission);
    }
    em.flush();
    return received(caller, profile, form, context.address(), true);
  }

  /**
   * A later signer's signature. The answers are the ones the first signer locked, read from the
   * form, never from the post: a later signer can sign them, not change them, whatever they post.
   */
  private SubmitOutcome signLater(
      Caller caller,
      ClientProfile profile,
      AssignedForm form,
      Map<String, List<String>> post,
      SigningContext context) {
    Signatory who = signatory(caller, profile);
    SigningStep step =
        form.signingPlan()
            .orElseThrow(() -> new AlreadyReceived(form.title()))
            .requireNext(who, form.title());
    String typed = PostedAnswers.single(post, step.field() + ".typedName").strip();
    List<String> names = signerNames(caller, profile);
    if (typed.isEmpty() || typed.length() > FormSigning.TYPED_NAME_LENGTH) {
      throw new InvalidInput(
          "Type your full name to sign", Map.of(step.field(), "type your full name to sign"));
    }
    if (!FormSigning.isOwnName(typed, names)) {
      String message = "Sign with your own name, " + names.get(0).strip();
      throw new InvalidInput(message, Map.of(step.field(), message));
    }
    try {
      turns.signInTurn(
          form,
          intake.definitionOf(form),
          who,
          typed,
          post,
          signer(caller, profile, clock.instant(), context));
    } catch (SignatureRefused e) {
      throw new InvalidInput(e.getMessage(), Map.of(step.field(), e.getMessage()));
    }
    em.flush();
    return received(caller, profile, form, context.address(), false);
  }

  /** Audits the signature and, once the last signer signed, announces the submission. */
  private SubmitOutcome received(
      Caller caller, ClientProfile profile, AssignedForm form, String address, boolean first) {
    AuditAction action = first ? AuditAction.INTAKE_SUBMITTED : AuditAction.INTAKE_SIGNED;
    if (form.status() == FormStatus.AWAITING_SIGNATURE) {
      String waiting = form.signingPlan().flatMap(SigningPlan::next).orElseThrow().name();
      record(caller, profile, action, form, "signed, waiting for " + waiting, address);
      awaited.fire(new SignatureAwaited(profile.clientId(), form.id()));
    } else {
      record(caller, profile, action, form, "submitted", address);
      submitted.fire(new FormSubmitted(profile.clientId(), form.id(), form.flagged()));
    }
    return SubmitOutcome.receivedOne();
  }

  /** Who the caller is to the signing rules: the client, or a contact by their link. */
  private Signatory signatory(Caller caller, ClientProfile profile) {
    if (profile.relationship() == Relationship.SELF) {
      return Signatory.client();
    }
    return Signatory.contact(
        network
            .findLinkId(caller, profile.clientId())
            .orElseThrow(() -> new NotFound("That form")));
  }

  /**
   * The names the signer may sign with: their own (as they gave it), and when they are the client,
   * the client's names on record. A contact's own name comes first, for the refusal's message.
   */
  private List<String> signerNames(Caller caller, ClientProfile profile) {
    List<String> names = new ArrayList<>();
    network.findOwnName(caller).ifPresent(names::add);
    if (profile.relationship() == Relationship.SELF) {
      ClientIdentity client = clients.getIdentity(profile.clientId());
      names.add(client.legalName());
      names.add(client.displayName());
    }
    return names;
  }

  private Populated populate(FormDefinition definition, ClientProfile profile) {
    return intake.engine().populate(definition, facts.of(profile.clientId()));
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
    if (form == null
        || !form.clientId().equals(profile.clientId())
        || form.status() == FormStatus.WITHDRAWN
        || (form.confidentialFromGuardians() && profile.relationship() != Relationship.SELF)) {
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
