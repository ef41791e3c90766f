package org.foyer.messages.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.admin.staff.control.StaffPermissions;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.messages.control.MessageSeal;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.entity.Conversation;

/**
 * The staff inbox's triage: assigning a conversation to a colleague, marking it done (a message
 * from the client's side reopens it) and flagging it. Only staff taking part in the client's
 * conversations triage them, and only to a colleague who takes part too; anyone else, and any id of
 * another practice, meets {@link NotFound}. Every change is audited about the client; asking for
 * what already is changes and records nothing.
 */
@ApplicationScoped
public class ConversationTriage {

  public static final String COLLEAGUE = "That colleague";
  static final String NOT_TAKING_PART =
      "Choose a colleague who takes part in this client's conversations: the client's clinician,"
          + " or someone who may read all client messages";

  private EntityManager em;
  private Messaging messaging;
  private MessageSeal seal;
  private StaffDirectory staff;
  private StaffPermissions permissions;
  private AuditLog audit;
  private Clock clock;

  protected ConversationTriage() {}

  @Inject
  public ConversationTriage(
      EntityManager em,
      Messaging messaging,
      MessageSeal seal,
      StaffDirectory staff,
      StaffPermissions permissions,
      AuditLog audit,
      Clock clock) {
    this.em = em;
    this.messaging = messaging;
    this.seal = seal;
    this.staff = staff;
    this.permissions = permissions;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Assigns the conversation to a colleague taking part in it, or to nobody ({@code assignee}
   * null).
   *
   * @throws NotFound for a caller not taking part, or an assignee who is no staff of the practice
   * @throws InvalidInput for a colleague who does not take part in the client's conversations
   */
  @Transactional
  public ConversationSummary assign(Caller caller, UUID conversationId, UUID assignee) {
    Conversation conversation = find(caller, conversationId);
    ClientIdentity client = clientOf(caller, conversation);
    String whom = "nobody";
    if (assignee != null) {
      StaffProfile colleague =
          staff
              .findProfile(assignee)
              .filter(StaffProfile::canSignIn)
              .orElseThrow(() -> new NotFound(COLLEAGUE));
      if (!takesPart(colleague.id(), client.clinicianId())) {
        throw new InvalidInput(NOT_TAKING_PART, Map.of("assignee", NOT_TAKING_PART));
      }
      whom = "staff " + colleague.id();
    }
    if (conversation.assign(assignee)) {
      record(caller, conversation, AuditAction.CONVERSATION_ASSIGNED, "assigned to " + whom);
    }
    return summary(conversation, client);
  }

  /** Marks the conversation done, or open again. */
  @Transactional
  public ConversationSummary markDone(Caller caller, UUID conversationId, boolean done) {
    Conversation conversation = find(caller, conversationId);
    ClientIdentity client = clientOf(caller, conversation);
    if (conversation.markDone(done, clock.instant())) {
      record(
          caller,
          conversation,
          done ? AuditAction.CONVERSATION_DONE : AuditAction.CONVERSATION_REOPENED,
          done ? "marked done" : "reopened");
    }
    return summary(conversation, client);
  }

  /** Flags or unflags the conversation. */
  @Transactional
  public ConversationSummary flag(Caller caller, UUID conversationId, boolean flagged) {
    Conversation conversation = find(caller, conversationId);
    ClientIdentity client = clientOf(caller, conversation);
    if (conversation.flag(flagged)) {
      record(
          caller,
          conversation,
          flagged ? AuditAction.CONVERSATION_FLAGGED : AuditAction.CONVERSATION_UNFLAGGED,
          flagged ? "flagged" : "unflagged");
    }
    return summary(conversation, client);
  }

  /**
   * The colleagues a conversation of this client may be assigned to, by name: active staff who are
   * the client's clinician or may read all client messages.
   */
  @Transactional(readOnly = true)
  public List<StaffProfile> listAssignable(Caller caller, UUID clientId) {
    ClientIdentity client = messaging.requireAccess(caller, clientId).client();
    return staff.listActive().stream()
        .filter(member -> takesPart(member.id(), client.clinicianId()))
        .toList();
  }

  private boolean takesPart(UUID staffId, UUID clinicianId) {
    return staffId.equals(clinicianId)
        || permissions.capabilitiesOf(staffId).contains(Capability.READ_ALL_CLIENT_MESSAGES);
  }

  private ClientIdentity clientOf(Caller caller, Conversation conversation) {
    try {
      return messaging.requireAccess(caller, conversation.clientId()).client();
    } catch (NotFound e) {
      throw new NotFound(Messaging.CONVERSATION);
    }
  }

  private Conversation find(Caller caller, UUID conversationId) {
    Conversation conversation =
        !caller.isStaff() || conversationId == null
            ? null
            : em.find(Conversation.class, conversationId);
    if (conversation == null) {
      throw new NotFound(Messaging.CONVERSATION);
    }
    return conversation;
  }

  private ConversationSummary summary(Conversation conversation, ClientIdentity client) {
    // Triage does not read the messages, so whether the caller has read them is not decided here.
    return ConversationLists.summaryOf(
        conversation, client, seal.subject(conversation), false, true);
  }

  private void record(Caller caller, Conversation conversation, AuditAction action, String what) {
    audit.record(
        AuditRecord.success(caller.email(), action)
            .about(
                "client "
                    + conversation.clientId()
                    + " conversation "
                    + conversation.id()
                    + " "
                    + what));
  }
}
