package org.foyer.messages.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.foyer.admin.preferences.NotificationKind;
import org.foyer.admin.preferences.StaffPreferences;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.validation.Inputs;
import org.foyer.messages.MessageText;
import org.foyer.messages.MessageView;
import org.foyer.messages.NewConversation;
import org.foyer.messages.NewMessage;
import org.foyer.messages.control.Drafts;
import org.foyer.messages.control.MessageNotices;
import org.foyer.messages.control.MessageSeal;
import org.foyer.messages.control.Participants;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.conversations.ConversationView;
import org.foyer.messages.entity.Conversation;
import org.foyer.messages.entity.ConversationRead;
import org.foyer.messages.entity.Message;
import org.foyer.messages.entity.SenderKind;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.PortalPerson;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.account.boundary.ContactNetwork;
import org.foyer.portal.account.boundary.GuardianPrivacy;

/**
 * Secure messaging between the people acting for a client and the care team: starting a
 * conversation, replying, and reading (every read audited about the client, so it shows in the
 * client's "who has seen your record"). Who takes part is decided here, on every call: a portal
 * login whose standing link permits messages, the client's clinician, and staff who may read all
 * client messages. Anyone else, another practice's or client's id, and a conversation kept from a
 * guardian all meet the same {@link NotFound}, and nothing changes. Lists live in {@link
 * ConversationLists}.
 */
@ApplicationScoped
public class Messaging {

  public static final String CONVERSATION = "That conversation";
  public static final String CLIENT = "That client";

  private EntityManager em;
  private AuditLog audit;
  private MessageSeal seal;
  private ClientRecords clients;
  private ContactNetwork network;
  private ClientLogins logins;
  private GuardianPrivacy privacy;
  private StaffDirectory staff;
  private StaffPreferences preferences;
  private MessageNotices notices;
  private Inputs inputs;
  private MessagingRules rules;
  private Clock clock;

  protected Messaging() {}

  @Inject
  public Messaging(
      EntityManager em,
      AuditLog audit,
      MessageSeal seal,
      ClientRecords clients,
      ContactNetwork network,
      ClientLogins logins,
      GuardianPrivacy privacy,
      StaffDirectory staff,
      StaffPreferences preferences,
      MessageNotices notices,
      Inputs inputs,
      MessagingRules rules,
      Clock clock) {
    this.em = em;
    this.audit = audit;
    this.seal = seal;
    this.clients = clients;
    this.network = network;
    this.logins = logins;
    this.privacy = privacy;
    this.staff = staff;
    this.preferences = preferences;
    this.notices = notices;
    this.inputs = inputs;
    this.rules = rules;
    this.clock = clock;
  }

  /** What the caller may do for one client: see conversations kept from guardians, and as whom. */
  record Access(ClientIdentity client, boolean seesConfidential, String name, boolean forClient) {}

  /**
   * Starts a conversation about the client with its first message. Staff may keep it from the
   * client's guardians (a minor at or above the practice's privacy age).
   *
   * @throws NotFound when the caller takes no part in the client's conversations
   */
  @Transactional
  public ConversationSummary start(Caller caller, UUID clientId, NewConversation input) {
    Access access = requireAccess(caller, clientId);
    rules.requireMayWrite(caller, access.client().clinicianId());
    inputs.check(input, "The message needs attention", Map.of());
    boolean keep = caller.isStaff() && input.keepFromGuardians();
    if (keep) {
      privacy.requireMayKeepFromGuardians(clientId);
    }
    PortalPerson addressee =
        caller.isStaff() && input.contact() != null
            ? named(addressee(clientId, input, keep), access.client())
            : null;
    Conversation conversation = new Conversation(clientId, caller.email(), clock.instant());
    seal.sealSubject(conversation, MessageText.withoutBidiControls(input.subject().strip()));
    conversation.keepFromGuardians(keep);
    if (addressee != null) {
      conversation.addressTo(addressee.accountId(), addressee.label());
    }
    em.persist(conversation);
    // No mapped relation orders the inserts: messages and read marks need the conversation first.
    em.flush();
    audit.record(
        attributed(caller, access, AuditAction.CONVERSATION_STARTED)
            .about(subject(conversation) + " started"));
    send(caller, access, conversation, input.body());
    Drafts.discard(em, caller.accountId(), clientId, null);
    return ConversationLists.summaryOf(
        conversation, access.client(), seal.subject(conversation), false, caller.isStaff());
  }

  /**
   * The one person a staff member writes to: a contact (or the client) whose link to the client
   * stands and permits messages, with a login that may sign in. A guardian cannot be written to in
   * a conversation kept from guardians.
   */
  private PortalPerson addressee(UUID clientId, NewConversation input, boolean keep) {
    if (!logins.isLinkOf(clientId, input.contact())) {
      throw new NotFound("That contact");
    }
    PortalPerson person =
        logins
            .findPerson(clientId, input.contact(), ContactPermission.MESSAGES)
            .orElseThrow(
                () ->
                    new InvalidInput(
                        "That contact cannot read messages in the portal yet: invite them, or"
                            + " let their link include messages",
                        Map.of("contact", "Not in the portal with messages")));
    if (keep && !person.isClientThemself()) {
      throw new InvalidInput(
          "A conversation kept from guardians can only be with the client themself",
          Map.of("contact", "Choose the client, or do not keep it from guardians"));
    }
    return person;
  }

  /**
   * Whom staff may write to about the client: the client's own login and the contacts whose link
   * permits messages, each a login that may sign in now.
   *
   * @throws NotFound when the caller takes no part in the client's conversations
   */
  @Transactional(readOnly = true)
  public List<PortalPerson> listAddressees(Caller caller, UUID clientId) {
    if (!caller.isStaff()) {
      throw new NotFound(CLIENT);
    }
    ClientIdentity client = requireAccess(caller, clientId).client();
    return logins.listPeople(clientId, ContactPermission.MESSAGES).stream()
        .map(person -> named(person, client))
        .toList();
  }

  /**
   * The client's own login goes by the name the practice knows them by, as everywhere on staff
   * pages.
   */
  private static PortalPerson named(PortalPerson person, ClientIdentity client) {
    return person.isClientThemself()
        ? new PortalPerson(
            person.linkId(),
            person.accountId(),
            client.displayName(),
            client.displayName(),
            person.relationship())
        : person;
  }

  /** Adds the caller's message to the conversation. */
  @Transactional
  public MessageView reply(Caller caller, UUID conversationId, NewMessage input) {
    Conversation conversation = find(conversationId);
    Access access = requireAccess(caller, conversation);
    rules.requireMayWrite(caller, access.client().clinicianId());
    inputs.check(input, "The message needs attention", Map.of());
    Message message = send(caller, access, conversation, input.body());
    Drafts.discard(em, caller.accountId(), conversation.clientId(), conversation.id());
    return MessageViews.of(message, input.body(), null, caller, clock.instant());
  }

  /**
   * Opens the conversation with one page of its messages (the newest, or those before {@code
   * cursor}). Reading the newest page marks the conversation read for the caller; every read is
   * audited about the client.
   */
  @Transactional
  public ConversationView open(Caller caller, UUID conversationId, String cursor, Integer limit) {
    Conversation conversation = find(conversationId);
    Access access = requireAccess(caller, conversation);
    ConversationLists.MessageRows rows =
        ConversationLists.messagesBefore(em, conversation.id(), cursor, limit);
    List<MessageView> messages =
        MessageViews.of(em, seal, rows.messages(), caller, clock.instant());
    Collections.reverse(messages);
    if (cursor == null || cursor.isBlank()) {
      markRead(caller.accountId(), conversation);
    }
    audit.record(
        attributed(caller, access, AuditAction.CONVERSATION_READ)
            .about(subject(conversation) + " read"));
    return new ConversationView(
        ConversationLists.summaryOf(
            conversation, access.client(), seal.subject(conversation), false, caller.isStaff()),
        messages,
        rows.earlier());
  }

  /**
   * Sends the message of input already checked; {@link MessageAttachments} calls it to add files in
   * the same transaction.
   */
  Message send(Caller caller, Access access, Conversation conversation, String body) {
    Message message =
        new Message(
            conversation.id(),
            caller.isStaff() ? SenderKind.STAFF : SenderKind.PORTAL,
            caller.accountId(),
            caller.email(),
            access.name(),
            access.forClient() ? conversation.clientId() : null,
            clock.instant());
    seal.sealBody(message, body);
    em.persist(message);
    conversation.received(message);
    if (!caller.isStaff()) {
      rules.afterClientMessage(conversation, message);
    }
    markRead(caller.accountId(), conversation);
    audit.record(
        attributed(caller, access, AuditAction.MESSAGE_SENT)
            .about(subject(conversation) + " message " + message.id() + " sent"));
    tellOthers(caller, conversation, access.client());
    return message;
  }

  /**
   * Mails everyone else taking part, batched: the client's logins whose link permits messages (only
   * the client's own for a conversation kept from guardians) and the clinician, if they want it.
   */
  private void tellOthers(Caller caller, Conversation conversation, ClientIdentity client) {
    List<String> portal =
        new ArrayList<>(
            conversation.addresseeAccountId() != null
                ? logins
                    .findRecipient(
                        client.id(), conversation.addresseeAccountId(), ContactPermission.MESSAGES)
                    .stream()
                    .toList()
                : logins.listRecipients(
                    client.id(),
                    ContactPermission.MESSAGES,
                    conversation.confidentialFromGuardians()));
    portal.removeIf(email -> email.equalsIgnoreCase(caller.email()));
    notices.tell(conversation.id(), portal, "/portal/messages", clock.instant());
    if (!caller.isStaff() && client.clinicianId() != null) {
      staff
          .findProfile(client.clinicianId())
          .filter(StaffProfile::canSignIn)
          .filter(
              clinician ->
                  preferences.wantsNotification(
                      clinician.id(), NotificationKind.NEW_SECURE_MESSAGE))
          .ifPresent(
              clinician ->
                  notices.tell(
                      conversation.id(),
                      List.of(clinician.email()),
                      "/staff/messages",
                      clock.instant()));
    }
  }

  void markRead(UUID readerId, Conversation conversation) {
    if (readerId == null) {
      return;
    }
    em.createQuery(
            "SELECT r FROM ConversationRead r WHERE r.conversationId = :conversation"
                + " AND r.readerId = :reader",
            ConversationRead.class)
        .setParameter("conversation", conversation.id())
        .setParameter("reader", readerId)
        .getResultStream()
        .findFirst()
        .ifPresentOrElse(
            mark -> mark.readUpTo(conversation.lastMessageAt()),
            () ->
                em.persist(
                    new ConversationRead(
                        conversation.id(), readerId, conversation.lastMessageAt())));
  }

  Conversation find(UUID conversationId) {
    Conversation conversation =
        conversationId == null ? null : em.find(Conversation.class, conversationId);
    if (conversation == null) {
      throw new NotFound(CONVERSATION);
    }
    return conversation;
  }

  /**
   * A conversation kept from the caller's guardian link, or with another person acting for the
   * client, is as missing as one that never was.
   */
  Access requireAccess(Caller caller, Conversation conversation) {
    Access access;
    try {
      access = requireAccess(caller, conversation.clientId());
    } catch (NotFound e) {
      throw new NotFound(CONVERSATION);
    }
    if (conversation.confidentialFromGuardians() && !access.seesConfidential()) {
      throw new NotFound(CONVERSATION);
    }
    if (!caller.isStaff() && !conversation.isWith(caller.accountId())) {
      throw new NotFound(CONVERSATION);
    }
    return access;
  }

  /**
   * Staff taking part in the client's conversations ({@link Participants}), or a portal login whose
   * standing link to the client permits messages; everyone else meets {@link NotFound}.
   */
  Access requireAccess(Caller caller, UUID clientId) {
    if (clientId == null) {
      throw new NotFound(CLIENT);
    }
    if (caller.isStaff()) {
      ClientIdentity client =
          clients.findIdentity(clientId).orElseThrow(() -> new NotFound(CLIENT));
      if (!Participants.staffTakesPart(caller, client.clinicianId())) {
        throw new NotFound(CLIENT);
      }
      String name =
          staff
              .findProfile(caller.accountId())
              .map(StaffProfile::displayName)
              .orElse(caller.email());
      return new Access(client, true, name, false);
    }
    if (caller.kind() == Caller.Kind.PORTAL) {
      rules.requirePortalMessaging();
      ClientProfile profile = network.getProfile(caller, clientId, ContactPermission.MESSAGES);
      ClientIdentity client = clients.getIdentity(clientId);
      String name = logins.findNameInNetwork(clientId, caller.email()).orElse(caller.email());
      return new Access(
          client,
          GuardianPrivacy.seesConfidential(caller, profile),
          name,
          profile.relationship() != Relationship.SELF);
    }
    throw new NotFound(CLIENT);
  }

  /**
   * Whether a portal login whose link permits messages sees the client's conversations kept from
   * guardians; {@link NotFound} for anyone {@link #requireAccess(Caller, UUID)} refuses. Counting
   * needs only this, not the names an {@link Access} carries.
   */
  boolean portalSeesConfidential(Caller caller, UUID clientId) {
    if (clientId == null || caller.kind() != Caller.Kind.PORTAL) {
      throw new NotFound(CLIENT);
    }
    rules.requirePortalMessaging();
    return GuardianPrivacy.seesConfidential(
        caller, network.getProfile(caller, clientId, ContactPermission.MESSAGES));
  }

  static AuditRecord attributed(Caller caller, Access access, AuditAction action) {
    AuditRecord record = AuditRecord.success(caller.email(), action);
    return caller.isStaff() ? record : record.onBehalfOf("client " + access.client().id());
  }

  static String subject(Conversation conversation) {
    return "client " + conversation.clientId() + " conversation " + conversation.id();
  }
}
