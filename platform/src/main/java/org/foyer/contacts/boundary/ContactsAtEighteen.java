package org.foyer.contacts.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientId;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.contacts.entity.ContactView;
import org.foyer.contacts.entity.ContactsReview;
import org.foyer.contacts.entity.TurnedEighteen;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ContactLinks;
import org.foyer.portal.invitation.ClientInvitations;
import org.foyer.portal.invitation.InvitationSent;

/**
 * Clients who turned 18 (in the practice's time zone) while parents or guardians may still act for
 * them. Nothing changes by itself on the birthday: the links stay as they are until staff keep,
 * narrow or revoke them in the Contacts section, invite the client to their own login, and mark the
 * review done, which takes the client off the list. A client qualifies while a parent or guardian
 * link stands that permits anything; a link that permits nothing has nothing to review.
 */
@ApplicationScoped
public class ContactsAtEighteen {

  private static final String CLIENT = "That client";
  private static final Capability MANAGE = Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS;
  private static final Set<Relationship> GUARDIANS =
      EnumSet.of(Relationship.PARENT, Relationship.GUARDIAN);

  private EntityManager em;
  private ContactLinks links;
  private ClientRecords clients;
  private ClientInvitations invitations;
  private AuditLog audit;
  private Clock clock;

  protected ContactsAtEighteen() {}

  @Inject
  public ContactsAtEighteen(
      EntityManager em,
      ContactLinks links,
      ClientRecords clients,
      ClientInvitations invitations,
      AuditLog audit,
      Clock clock) {
    this.em = em;
    this.links = links;
    this.clients = clients;
    this.invitations = invitations;
    this.audit = audit;
    this.clock = clock;
  }

  /** How many clients wait for the review; names nobody, so it is not a read of any record. */
  @Transactional(readOnly = true)
  public int countToReview(Caller caller) {
    return waiting(caller).size();
  }

  /**
   * The clients to review, most recent birthday first, each with their parent and guardian links;
   * each client's contacts shown is a read of their record, audited.
   */
  @Transactional
  public List<TurnedEighteen> listToReview(Caller caller) {
    return waiting(caller).stream()
        .map(
            client -> {
              audit.record(
                  AuditRecord.success(caller.email(), AuditAction.RECORD_READ)
                      .about("client " + client.id() + " contacts listed for the review at 18"));
              return new TurnedEighteen(
                  client.id(),
                  client.displayName(),
                  birthday(client),
                  client.email(),
                  guardians(client.id()));
            })
        .toList();
  }

  /**
   * Marks the review of the client's contacts done: the links stay as staff left them, and the
   * client leaves the list. Audited with the links kept.
   *
   * @throws NotFound for a client not waiting for the review (not 18 yet, no guardian, done)
   */
  @Transactional
  public void markReviewed(Caller caller, ClientId clientId) {
    caller.require(MANAGE, CLIENT);
    ClientIdentity client =
        waiting(caller).stream()
            .filter(c -> clientId != null && c.id().equals(clientId.value()))
            .findFirst()
            .orElseThrow(() -> new NotFound(CLIENT));
    List<ContactView> kept = guardians(client.id());
    em.persist(new ContactsReview(client.id(), birthday(client), clock.instant(), caller.email()));
    em.flush();
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.CONTACTS_REVIEWED_AT_18)
            .about(
                "client "
                    + client.id()
                    + " contacts reviewed at 18 keeping "
                    + (kept.isEmpty()
                        ? "no guardian"
                        : String.join(",", kept.stream().map(c -> "contact " + c.id()).toList()))));
  }

  /**
   * Invites the client, now an adult, to their own portal login through the client invitation flow
   * (audited there).
   *
   * @throws InvalidInput when the client's record has no email
   */
  @Transactional
  public InvitationSent inviteClient(Caller caller, ClientId clientId) {
    caller.require(MANAGE, CLIENT);
    if (!caller.isStaff() || clientId == null) {
      throw new NotFound(CLIENT);
    }
    ClientIdentity client = clients.getIdentity(clientId.value());
    if (client.email() == null || client.email().isBlank()) {
      throw new InvalidInput(
          "The invitation cannot be sent",
          Map.of("email", "Add the client's email address to their record, then invite them"));
    }
    return invitations.invite(caller, client.id(), client.email(), Relationship.SELF);
  }

  private List<ClientIdentity> waiting(Caller caller) {
    if (!caller.isStaff()) {
      throw new NotFound("That list");
    }
    LocalDate today = clients.practiceToday();
    Set<UUID> reviewed =
        new HashSet<>(
            em.createQuery("SELECT r.clientId FROM ContactsReview r", UUID.class).getResultList());
    List<UUID> candidates =
        links.listClientsWithGuardians().stream().filter(id -> !reviewed.contains(id)).toList();
    return clients.findIdentities(candidates).values().stream()
        .filter(client -> !birthday(client).isAfter(today))
        .sorted(
            Comparator.comparing(ContactsAtEighteen::birthday)
                .reversed()
                .thenComparing(ClientIdentity::displayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private List<ContactView> guardians(UUID clientId) {
    return links.listContacts(clientId).stream()
        .filter(contact -> GUARDIANS.contains(contact.relationship()))
        .map(ContactView::of)
        .toList();
  }

  private static LocalDate birthday(ClientIdentity client) {
    return client.dateOfBirth().plusYears(18);
  }
}
