package org.foyer.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.packets.boundary.IntakePackets;
import org.foyer.admin.packets.boundary.PacketItemSummary;
import org.foyer.admin.packets.boundary.PacketSummary;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.mail.MailKind;
import org.foyer.core.persistence.Transactional;
import org.foyer.forms.definition.DefinitionReader;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.SignedBy;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.definition.rules.Audience;
import org.foyer.intake.control.FormChoice;
import org.foyer.intake.control.FormPinning;
import org.foyer.intake.control.PortalNotices;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.IntakeAssignment;
import org.foyer.intake.entity.PinnedForm;
import org.foyer.intake.signing.control.SigningPlans;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.PortalStatus;
import org.foyer.portal.account.boundary.ContactLinks;

/**
 * Staff holding "invite clients and manage intake forms" send a packet (the default or another,
 * with items left out for this client; forms that do not apply to the client's age are left out by
 * themselves) or a single form to a client, and resend what is still open. Every form sent is
 * pinned to its exact definition. The client's portal logins are told by mail, except when the
 * sending rides on the portal invitation, which says it already. Non-staff and any id of another
 * practice meet {@link NotFound}.
 */
@ApplicationScoped
public class IntakeSending {

  /**
   * The default pack's consent to electronic records: the invitation asks for it, so a packet that
   * still holds it (packets made before it left the default) does not ask a consented client again.
   */
  static final String ELECTRONIC_RECORDS_CONSENT = "electronic-records-consent";

  private static final DefinitionReader DEFINITIONS = new DefinitionReader();

  /** How a send names the client as a signer, beside contacts named by their id. */
  public static final String CLIENT_SIGNS = "client";

  private EntityManager em;
  private ClientRecords clients;
  private IntakePackets packets;
  private FormPinning pinning;
  private PortalNotices notices;
  private AuditLog audit;
  private ContactLinks contacts;
  private Clock clock;

  protected IntakeSending() {}

  @Inject
  public IntakeSending(
      EntityManager em,
      ClientRecords clients,
      IntakePackets packets,
      FormPinning pinning,
      PortalNotices notices,
      AuditLog audit,
      ContactLinks contacts,
      Clock clock) {
    this.em = em;
    this.clients = clients;
    this.packets = packets;
    this.pinning = pinning;
    this.notices = notices;
    this.audit = audit;
    this.contacts = contacts;
    this.clock = clock;
  }

  /** Sends the packet's included items but the excluded ones and tells the client by mail. */
  @Transactional
  public SendResult sendPacket(Caller caller, UUID clientId, UUID packetId, Set<UUID> excluded) {
    return sendPacket(caller, clientId, packetId, excluded, true);
  }

  /**
   * @param notify false when the portal invitation sent in the same transaction is the notice
   */
  @Transactional
  public SendResult sendPacket(
      Caller caller, UUID clientId, UUID packetId, Set<UUID> excluded, boolean notify) {
    require(caller);
    ClientIdentity client = clients.getIdentity(clientId);
    PacketSummary packet = packets.getPacket(caller, packetId);
    if (packet.archived()) {
      throw new Conflict("The packet \"" + packet.name() + "\" is archived");
    }
    Set<UUID> left = excluded == null ? Set.of() : excluded;
    List<PacketItemSummary> chosen =
        packets.listItems(caller, packet.id()).stream()
            .filter(item -> item.included() && !left.contains(item.id()))
            .toList();
    if (chosen.isEmpty()) {
      throw new InvalidInput(
          "Choose at least one form to send", Map.of("items", "no form of the packet is chosen"));
    }
    boolean consented = notices.consentedToElectronicRecords(client.id());
    List<PinnedForm> fitting =
        chosen.stream()
            .filter(item -> !(consented && ELECTRONIC_RECORDS_CONSENT.equals(item.formKey())))
            .map(item -> pinning.pin(caller, item))
            .filter(pinned -> fits(pinned, client))
            .toList();
    if (fitting.isEmpty()) {
      throw new InvalidInput(
          "None of the chosen forms applies to " + client.displayName(),
          Map.of("items", "every chosen form is for another kind of client"));
    }
    Instant now = clock.instant();
    IntakeAssignment assignment =
        new IntakeAssignment(client.id(), packet.id(), packet.name(), caller.email(), now);
    em.persist(assignment);
    // No mapped relationship orders the inserts: the forms' foreign key needs the row first.
    em.flush();
    List<AssignedForm> forms = new ArrayList<>();
    for (PinnedForm pinned : fitting) {
      AssignedForm form = new AssignedForm(assignment, forms.size(), pinned, now);
      SigningPlans.of(DEFINITIONS.read(pinned.definitionJson()), client.displayName(), Map.of())
          .ifPresent(form::planSigning);
      forms.add(form);
    }
    return finish(caller, assignment, forms, notify, "packet " + packet.id());
  }

  /** Sends one form on its own, at any time; {@code choiceKey} is a {@link FormChoice} key. */
  @Transactional
  public SendResult sendForm(Caller caller, UUID clientId, String choiceKey) {
    return sendForm(caller, clientId, choiceKey, Map.of());
  }

  /**
   * Sends one form naming who signs its signature fields, in order: {@code signers} maps a
   * signature field to {@value #CLIENT_SIGNS} or the ids of the client's contacts (their links, as
   * the contacts API lists them) who may fill in forms. Fields not named are signed by the role the
   * field says. Anyone else, or a field that is no signature, is refused.
   */
  @Transactional
  public SendResult sendForm(
      Caller caller, UUID clientId, String choiceKey, Map<String, List<String>> signers) {
    require(caller);
    ClientIdentity client = clients.getIdentity(clientId);
    FormChoice choice;
    try {
      choice = FormChoice.parse(choiceKey);
    } catch (IllegalArgumentException e) {
      throw new NotFound("That form");
    }
    var pinned = pinning.pin(caller, choice);
    Instant now = clock.instant();
    IntakeAssignment assignment =
        new IntakeAssignment(client.id(), null, pinned.title(), caller.email(), now);
    em.persist(assignment);
    // No mapped relationship orders the inserts: the forms' foreign key needs the row first.
    em.flush();
    AssignedForm form = new AssignedForm(assignment, 0, pinned, now);
    SigningPlans.of(
            DEFINITIONS.read(pinned.definitionJson()),
            client.displayName(),
            chosen(client, signers == null ? Map.of() : signers))
        .ifPresent(form::planSigning);
    return finish(caller, assignment, List.of(form), true, "form " + pinned.formKey());
  }

  /** The people staff chose per signature field, each checked against the client's network. */
  private Map<String, List<SigningPlans.Chosen>> chosen(
      ClientIdentity client, Map<String, List<String>> signers) {
    Map<String, List<SigningPlans.Chosen>> chosen = new LinkedHashMap<>();
    signers.forEach(
        (field, people) -> {
          List<SigningPlans.Chosen> list = new ArrayList<>();
          for (String person : people == null ? List.<String>of() : people) {
            list.add(chosen(client, field, person));
          }
          if (new HashSet<>(list).size() < list.size()) {
            throw new InvalidInput(
                "Each person signs a field once",
                Map.of("signers/" + field, "names the same person twice"));
          }
          chosen.put(field, list);
        });
    return chosen;
  }

  private SigningPlans.Chosen chosen(ClientIdentity client, String field, String person) {
    if (CLIENT_SIGNS.equals(person)) {
      return SigningPlans.Chosen.client(client.displayName());
    }
    UUID linkId;
    try {
      linkId = UUID.fromString(person == null ? "" : person.strip());
    } catch (IllegalArgumentException e) {
      linkId = null;
    }
    return Optional.ofNullable(linkId)
        .flatMap(id -> contacts.findContact(client.id(), id))
        .filter(
            c ->
                c.status() != PortalStatus.REVOKED
                    && c.permissions().contains(ContactPermission.FORMS))
        .map(c -> new SigningPlans.Chosen(c.linkId(), c.name()))
        .orElseThrow(
            () ->
                new InvalidInput(
                    "Choose signers among the client's contacts who may fill in forms",
                    Map.of(
                        "signers/" + field,
                        "is not a contact of " + client.displayName() + " who may fill in forms")));
  }

  /** A signature field staff may name signers for, in the words the send page shows. */
  public record SignatureField(String field, String label, SignedBy signedBy) {}

  /** Someone staff may name as a signer: {@value #CLIENT_SIGNS} or a contact's id, and a label. */
  public record PossibleSigner(String value, String label) {}

  /**
   * The form's signature fields that staff may name people for (the ones signed by whoever fills
   * the form in, or on the client's behalf), in the form's order; empty for an unknown choice.
   */
  @Transactional(readOnly = true)
  public List<SignatureField> listSignatureFields(Caller caller, String choiceKey) {
    require(caller);
    FormChoice choice;
    try {
      choice = FormChoice.parse(choiceKey);
    } catch (IllegalArgumentException e) {
      return List.of();
    }
    FormDefinition definition;
    try {
      definition = DEFINITIONS.read(pinning.pin(caller, choice).definitionJson());
    } catch (NotFound e) {
      return List.of();
    }
    return definition.fields().values().stream()
        .filter(f -> f.widget() == Widget.SIGNATURE)
        .filter(f -> f.signedBy() == SignedBy.ANYONE || f.signedBy() == SignedBy.ON_BEHALF_OF)
        .map(f -> new SignatureField(f.field(), f.label().text(Locale.ENGLISH), f.signedBy()))
        .toList();
  }

  /** The people who may sign the client's forms: the client, then contacts who may fill them. */
  @Transactional(readOnly = true)
  public List<PossibleSigner> listPossibleSigners(Caller caller, UUID clientId) {
    require(caller);
    ClientIdentity client = clients.getIdentity(clientId);
    List<PossibleSigner> signers = new ArrayList<>();
    signers.add(new PossibleSigner(CLIENT_SIGNS, client.displayName() + " (the client)"));
    contacts.listContacts(client.id()).stream()
        .filter(c -> c.status() != PortalStatus.REVOKED)
        .filter(c -> c.permissions().contains(ContactPermission.FORMS))
        .forEach(
            c ->
                signers.add(
                    new PossibleSigner(
                        c.linkId().toString(), c.name() + " (" + c.relationshipLabel() + ")")));
    return signers;
  }

  /** The email on the client's record, which an invitation is offered to first. */
  @Transactional(readOnly = true)
  public Optional<String> findClientEmail(Caller caller, UUID clientId) {
    require(caller);
    return Optional.ofNullable(clients.getIdentity(clientId).email());
  }

  /** Whether a portal login can be told about the client's forms (else: invite the client). */
  @Transactional(readOnly = true)
  public boolean canNotify(Caller caller, UUID clientId) {
    require(caller);
    return notices.canTell(clients.getIdentity(clientId).id());
  }

  /** The open packets staff may send, the default first. */
  @Transactional(readOnly = true)
  public List<PacketSummary> listPackets(Caller caller) {
    require(caller);
    return packets.listPackets(caller).stream().filter(p -> !p.archived()).toList();
  }

  /** The included items of a packet, in order, for choosing which to send. */
  @Transactional(readOnly = true)
  public List<PacketItemSummary> listIncludedItems(Caller caller, UUID packetId) {
    require(caller);
    return packets.listItems(caller, packetId).stream()
        .filter(PacketItemSummary::included)
        .toList();
  }

  /** The forms staff may send on their own. */
  @Transactional(readOnly = true)
  public List<FormChoice> listFormChoices(Caller caller) {
    require(caller);
    return pinning.choices(caller);
  }

  /** Tells the client again about the packet's forms that are not yet submitted. */
  @Transactional
  public SendResult resendAssignment(Caller caller, UUID assignmentId) {
    require(caller);
    IntakeAssignment assignment =
        assignmentId == null ? null : em.find(IntakeAssignment.class, assignmentId);
    if (assignment == null) {
      throw new NotFound("That packet");
    }
    List<AssignedForm> open =
        em.createQuery(
                "SELECT f FROM AssignedForm f WHERE f.assignmentId = :a"
                    + " AND f.status IN :open ORDER BY f.position",
                AssignedForm.class)
            .setParameter("a", assignment.id())
            .setParameter("open", SubmissionQueries.OPEN)
            .getResultList();
    return resend(
        caller, assignment.clientId(), assignment.id(), open, "intake " + assignment.id());
  }

  /** Tells the client again about one form that is not yet submitted. */
  @Transactional
  public SendResult resendForm(Caller caller, UUID formId) {
    require(caller);
    AssignedForm form = formId == null ? null : em.find(AssignedForm.class, formId);
    if (form == null) {
      throw new NotFound("That form");
    }
    List<AssignedForm> open = form.status().isOpen() ? List.of(form) : List.of();
    return resend(caller, form.clientId(), form.assignmentId(), open, "form " + form.id());
  }

  /**
   * Takes back a form sent by mistake while the client has not submitted it; the portal stops
   * offering it and tells the client on their home page. A submitted form is the client's record
   * and meets {@link Conflict}.
   *
   * @return the withdrawn form's title, for the message to staff
   */
  @Transactional
  public String withdrawForm(Caller caller, UUID clientId, UUID formId) {
    require(caller);
    ClientIdentity client = clients.getIdentity(clientId);
    AssignedForm form = formId == null ? null : em.find(AssignedForm.class, formId);
    if (form == null || !form.clientId().equals(client.id())) {
      throw new NotFound("That form");
    }
    form.withdraw(caller.email(), clock.instant());
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.INTAKE_WITHDRAWN)
            .about("client " + client.id() + " form " + form.id() + " withdrawn"));
    return form.title();
  }

  private SendResult resend(
      Caller caller, UUID clientId, UUID assignmentId, List<AssignedForm> open, String what) {
    if (open.isEmpty()) {
      throw new Conflict("Every form of this sending was already received");
    }
    int told =
        notices.formsWaiting(
            clientId,
            MailKind.PORTAL_NOTICE,
            open.stream().allMatch(AssignedForm::confidentialFromGuardians));
    Instant now = clock.instant();
    if (told > 0) {
      open.forEach(form -> form.notified(now));
    }
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.INTAKE_RESENT)
            .about("client " + clientId + " " + what + " resent to " + told + " logins"));
    return new SendResult(assignmentId, open.size(), told);
  }

  private SendResult finish(
      Caller caller,
      IntakeAssignment assignment,
      List<AssignedForm> forms,
      boolean notify,
      String what) {
    forms.forEach(em::persist);
    int told = notify ? notices.formsWaiting(assignment.clientId(), MailKind.PORTAL_NOTICE) : 0;
    if (told > 0 || !notify) {
      forms.forEach(form -> form.notified(assignment.sentAt()));
    }
    em.flush();
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.INTAKE_SENT)
            .about(
                "client "
                    + assignment.clientId()
                    + " intake "
                    + assignment.id()
                    + " sent: "
                    + what
                    + ", "
                    + forms.size()
                    + " forms"));
    return new SendResult(assignment.id(), forms.size(), told);
  }

  /** A form for minors only never goes to an adult, nor one for adults only to a minor. */
  private static boolean fits(PinnedForm pinned, ClientIdentity client) {
    return Audience.fitsAge(DEFINITIONS.read(pinned.definitionJson()).appliesTo(), client.minor());
  }

  private static void require(Caller caller) {
    caller.require(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS, "That client");
  }
}
