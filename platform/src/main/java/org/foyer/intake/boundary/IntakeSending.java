package org.foyer.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.foyer.access.Caller;
import org.foyer.access.Capability;
import org.foyer.admin.packets.IntakePacket;
import org.foyer.admin.packets.IntakePackets;
import org.foyer.admin.packets.PacketItem;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditLog;
import org.foyer.audit.AuditRecord;
import org.foyer.clients.Client;
import org.foyer.errors.Conflict;
import org.foyer.errors.InvalidInput;
import org.foyer.errors.NotFound;
import org.foyer.intake.control.FormChoice;
import org.foyer.intake.control.FormPinning;
import org.foyer.intake.control.PortalNotices;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.IntakeAssignment;
import org.foyer.mail.MailKind;
import org.foyer.persistence.Transactional;

/**
 * Staff holding "invite clients and manage intake forms" send a packet (the default or another,
 * with items left out for this client) or a single form to a client, and resend what is still open.
 * Every form sent is pinned to its exact definition. The client's portal logins are told by mail,
 * except when the sending rides on the portal invitation, which says it already. Non-staff and any
 * id of another practice meet {@link NotFound}.
 */
@ApplicationScoped
public class IntakeSending {

  private EntityManager em;
  private IntakePackets packets;
  private FormPinning pinning;
  private PortalNotices notices;
  private AuditLog audit;
  private Clock clock;

  protected IntakeSending() {}

  @Inject
  public IntakeSending(
      EntityManager em,
      IntakePackets packets,
      FormPinning pinning,
      PortalNotices notices,
      AuditLog audit) {
    this(em, packets, pinning, notices, audit, Clock.systemUTC());
  }

  public IntakeSending(
      EntityManager em,
      IntakePackets packets,
      FormPinning pinning,
      PortalNotices notices,
      AuditLog audit,
      Clock clock) {
    this.em = em;
    this.packets = packets;
    this.pinning = pinning;
    this.notices = notices;
    this.audit = audit;
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
    Client client = client(clientId);
    IntakePacket packet = packets.getPacket(caller, packetId);
    if (packet.archived()) {
      throw new Conflict("The packet \"" + packet.name() + "\" is archived");
    }
    Set<UUID> left = excluded == null ? Set.of() : excluded;
    List<PacketItem> chosen =
        packets.listItems(caller, packet.id()).stream()
            .filter(item -> item.included() && !left.contains(item.id()))
            .toList();
    if (chosen.isEmpty()) {
      throw new InvalidInput(
          "Choose at least one form to send", Map.of("items", "no form of the packet is chosen"));
    }
    Instant now = clock.instant();
    IntakeAssignment assignment =
        new IntakeAssignment(client.id(), packet.id(), packet.name(), caller.email(), now);
    em.persist(assignment);
    // No mapped relationship orders the inserts: the forms' foreign key needs the row first.
    em.flush();
    List<AssignedForm> forms = new ArrayList<>();
    for (PacketItem item : chosen) {
      forms.add(new AssignedForm(assignment, forms.size(), pinning.pin(caller, item), now));
    }
    return finish(caller, assignment, forms, notify, "packet " + packet.id());
  }

  /** Sends one form on its own, at any time; {@code choiceKey} is a {@link FormChoice} key. */
  @Transactional
  public SendResult sendForm(Caller caller, UUID clientId, String choiceKey) {
    require(caller);
    Client client = client(clientId);
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
    List<AssignedForm> forms = List.of(new AssignedForm(assignment, 0, pinned, now));
    return finish(caller, assignment, forms, true, "form " + pinned.formKey());
  }

  /** Whether a portal login can be told about the client's forms (else: invite the client). */
  @Transactional(readOnly = true)
  public boolean canNotify(Caller caller, UUID clientId) {
    require(caller);
    return notices.canTell(client(clientId).id());
  }

  /** The open packets staff may send, the default first. */
  @Transactional(readOnly = true)
  public List<org.foyer.admin.packets.IntakePacket> listPackets(Caller caller) {
    require(caller);
    return packets.listPackets(caller).stream().filter(p -> !p.archived()).toList();
  }

  /** The included items of a packet, in order, for choosing which to send. */
  @Transactional(readOnly = true)
  public List<PacketItem> listIncludedItems(Caller caller, UUID packetId) {
    require(caller);
    return packets.listItems(caller, packetId).stream().filter(PacketItem::included).toList();
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

  private SendResult resend(
      Caller caller, UUID clientId, UUID assignmentId, List<AssignedForm> open, String what) {
    if (open.isEmpty()) {
      throw new Conflict("Every form of this sending was already received");
    }
    int told = notices.formsWaiting(clientId, MailKind.PORTAL_NOTICE);
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

  private Client client(UUID clientId) {
    Client client = clientId == null ? null : em.find(Client.class, clientId);
    if (client == null) {
      throw new NotFound("That client");
    }
    return client;
  }

  private static void require(Caller caller) {
    caller.require(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS, "That client");
  }
}
