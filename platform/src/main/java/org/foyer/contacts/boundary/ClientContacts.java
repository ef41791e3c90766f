package org.foyer.contacts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientId;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.contacts.entity.ContactDetails;
import org.foyer.contacts.entity.ContactId;
import org.foyer.contacts.entity.ContactView;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.validation.Inputs;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.ContactPerson;
import org.foyer.portal.account.NetworkContact;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ContactLinks;
import org.foyer.portal.invitation.ClientInvitations;
import org.foyer.portal.invitation.InvitationSent;

/**
 * Staff manage a client's contacts: list, add, change, remove, invite to the portal and revoke.
 * Staff of the practice may read them; changes need the capability that invites clients to the
 * portal, as links decide who acts for a client there. Anyone who is not staff, another practice's
 * client and another client's contact meet {@link NotFound}. Every read and change is audited in
 * the same transaction, with a subject beginning {@code client <id>}.
 */
@ApplicationScoped
public class ClientContacts {

  private static final String CLIENT = "That client";
  private static final String CONTACT = "That contact";
  private static final Capability MANAGE = Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS;

  private ContactLinks links;
  private ClientRecords clients;
  private ClientInvitations invitations;
  private AuditLog audit;
  private Inputs inputs;
  private Clock clock;

  protected ClientContacts() {}

  @Inject
  public ClientContacts(
      ContactLinks links,
      ClientRecords clients,
      ClientInvitations invitations,
      AuditLog audit,
      Inputs inputs,
      Clock clock) {
    this.links = links;
    this.clients = clients;
    this.invitations = invitations;
    this.audit = audit;
    this.inputs = inputs;
    this.clock = clock;
  }

  /** The client's contacts, by name; the read is audited. */
  @Transactional
  public List<ContactView> listContacts(Caller caller, ClientId clientId) {
    ClientIdentity client = client(caller, clientId);
    record(caller, AuditAction.RECORD_READ, client, "contacts listed");
    return links.listContacts(client.id()).stream().map(ContactView::of).toList();
  }

  /** One of the client's contacts; the read is audited. */
  @Transactional
  public ContactView getContact(Caller caller, ClientId clientId, ContactId contactId) {
    ClientIdentity client = client(caller, clientId);
    NetworkContact contact = contact(client, contactId);
    record(caller, AuditAction.RECORD_READ, client, "contact " + contactId + " read");
    return ContactView.of(contact);
  }

  /**
   * Lists a person as the client's contact, with the relationship's default permissions unless the
   * details name them. An email the practice already knows is the same person.
   *
   * @throws InvalidInput naming each field that breaks a rule
   * @throws org.foyer.core.errors.Conflict when the person is already the client's contact
   */
  @Transactional
  public ContactView add(Caller caller, ClientId clientId, ContactDetails details) {
    caller.require(MANAGE, CLIENT);
    ClientIdentity client = client(caller, clientId);
    ContactPerson person = check(client, details);
    Set<ContactPermission> permissions =
        details.permissions() != null
            ? details.permissions()
            : details.relationship().defaultPermissions(client.minor());
    NetworkContact added =
        links.add(
            client.id(), person, details.relationship(), details.relationshipLabel(), permissions);
    record(caller, AuditAction.CONTACT_ADDED, client, describe(added, "added"));
    return ContactView.of(added);
  }

  /**
   * Changes the contact and what they may do; narrowing takes effect on their next request.
   * Permissions left out stay as they are.
   */
  @Transactional
  public ContactView change(
      Caller caller, ClientId clientId, ContactId contactId, ContactDetails details) {
    caller.require(MANAGE, CLIENT);
    ClientIdentity client = client(caller, clientId);
    NetworkContact before = contact(client, contactId);
    ContactPerson person = check(client, details);
    Set<ContactPermission> permissions =
        details.permissions() != null ? details.permissions() : before.permissions();
    NetworkContact changed =
        links.change(
            client.id(),
            contactId.value(),
            person,
            details.relationship(),
            details.relationshipLabel(),
            permissions);
    record(caller, AuditAction.CONTACT_CHANGED, client, describe(changed, "changed"));
    return ContactView.of(changed);
  }

  /** Takes the contact off the client's list; their portal access for the client ends at once. */
  @Transactional
  public void remove(Caller caller, ClientId clientId, ContactId contactId) {
    caller.require(MANAGE, CLIENT);
    ClientIdentity client = client(caller, clientId);
    contact(client, contactId);
    NetworkContact removed = links.remove(client.id(), contactId.value(), clock.instant());
    record(caller, AuditAction.CONTACT_REMOVED, client, describe(removed, "removed"));
  }

  /** Ends the contact's portal access for the client at once; they stay listed. */
  @Transactional
  public ContactView revoke(Caller caller, ClientId clientId, ContactId contactId) {
    caller.require(MANAGE, CLIENT);
    ClientIdentity client = client(caller, clientId);
    contact(client, contactId);
    NetworkContact revoked = links.revoke(client.id(), contactId.value(), clock.instant());
    record(caller, AuditAction.CONTACT_ACCESS_REVOKED, client, describe(revoked, "revoked"));
    return ContactView.of(revoked);
  }

  /**
   * Invites the contact to the portal for this client through the client invitation flow: a new
   * link by email, or a fresh one replacing the last (a resend); a login that is already active is
   * told that a profile was added. A revoked contact is let in again. The invitation is audited
   * there.
   *
   * @throws InvalidInput when the contact has no email
   * @throws org.foyer.core.errors.Conflict when the portal or the Contact Network is switched off
   */
  @Transactional
  public InvitationSent invite(Caller caller, ClientId clientId, ContactId contactId) {
    caller.require(MANAGE, CLIENT);
    ClientIdentity client = client(caller, clientId);
    NetworkContact contact = contact(client, contactId);
    if (contact.email() == null) {
      throw new InvalidInput(
          "The invitation cannot be sent",
          Map.of("email", "Add the contact's email address, then invite them"));
    }
    return invitations.invite(
        caller, client.id(), contact.email(), contact.relationship(), contact.name());
  }

  private ContactPerson check(ClientIdentity client, ContactDetails details) {
    Map<String, String> problems = new LinkedHashMap<>();
    ClientIdentity asClient = null;
    if (details != null) {
      if (details.relationship() == Relationship.SELF) {
        problems.put("relationship", "Choose how the contact relates to the client");
      }
      if (details.relationship() == Relationship.CUSTOM && details.relationshipLabel() == null) {
        problems.put("relationshipLabel", "Say how the contact relates to the client");
      }
      if (details.clientId() != null) {
        asClient = clients.findIdentity(details.clientId()).orElse(null);
        if (asClient == null || asClient.id().equals(client.id())) {
          problems.put("clientId", "Choose another client of the practice, or leave this empty");
        }
      }
      if (details.name() == null && asClient == null) {
        problems.put("name", "Enter the contact's name");
      }
    }
    inputs.check(details, "Some details of the contact need attention", problems);
    return asClient == null
        ? new ContactPerson(details.name(), details.email(), details.phone(), null)
        : new ContactPerson(
            details.name() != null ? details.name() : asClient.displayName(),
            details.email() != null ? details.email() : asClient.email(),
            details.phone(),
            asClient.id());
  }

  private ClientIdentity client(Caller caller, ClientId clientId) {
    if (!caller.isStaff() || clientId == null) {
      throw new NotFound(CLIENT);
    }
    return clients.getIdentity(clientId.value());
  }

  private NetworkContact contact(ClientIdentity client, ContactId contactId) {
    return links
        .findContact(client.id(), contactId == null ? null : contactId.value())
        .orElseThrow(() -> new NotFound(CONTACT));
  }

  private static String describe(NetworkContact contact, String what) {
    return "contact "
        + contact.linkId()
        + " "
        + what
        + " as "
        + contact.relationship().name()
        + " may "
        + (contact.permissions().isEmpty() ? "NOTHING" : String.join(",", names(contact)));
  }

  private static List<String> names(NetworkContact contact) {
    return contact.permissions().stream().sorted().map(Enum::name).toList();
  }

  private void record(Caller caller, AuditAction action, ClientIdentity client, String what) {
    audit.record(
        AuditRecord.success(caller.email(), action).about("client " + client.id() + " " + what));
  }
}
