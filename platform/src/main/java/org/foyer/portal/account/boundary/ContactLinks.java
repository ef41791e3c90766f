package org.foyer.portal.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.core.access.Accounts;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.ContactPerson;
import org.foyer.portal.account.NetworkContact;
import org.foyer.portal.account.PortalStatus;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.portal.account.entity.Contact;
import org.foyer.portal.account.entity.PortalAccount;

/**
 * A client's contacts as staff keep them: the people and their links, for the contacts feature once
 * it has checked its staff caller (no caller here). A link of another client, a removed link and
 * the client's own link are not found; every change is the caller's to audit.
 */
@ApplicationScoped
public class ContactLinks {

  private static final String CONTACT = "That contact";

  private EntityManager em;
  private ProfilesThisRequest thisRequest;

  protected ContactLinks() {}

  /** Without a request: nothing is kept that a change of link would have to drop. */
  public ContactLinks(EntityManager em) {
    this(em, null);
  }

  @Inject
  public ContactLinks(EntityManager em, ProfilesThisRequest thisRequest) {
    this.em = em;
    this.thisRequest = thisRequest;
  }

  /** The client's contacts, by name. */
  @Transactional(readOnly = true)
  public List<NetworkContact> listContacts(UUID clientId) {
    return em.createQuery(
            "SELECT a FROM ClientAccess a WHERE a.clientId = :client AND a.removedAt IS NULL"
                + " AND a.relationship <> :self",
            ClientAccess.class)
        .setParameter("client", clientId)
        .setParameter("self", Relationship.SELF)
        .getResultStream()
        .map(this::viewOf)
        .sorted(
            Comparator.comparing(NetworkContact::name, String.CASE_INSENSITIVE_ORDER)
                .thenComparing(NetworkContact::linkId))
        .toList();
  }

  /**
   * The clients a parent or legal guardian may still act for: a standing link (neither revoked nor
   * removed) that permits anything at all, invited or not.
   */
  @Transactional(readOnly = true)
  public List<UUID> listClientsWithGuardians() {
    return em.createQuery(
            "SELECT a FROM ClientAccess a WHERE a.relationship IN :guardians"
                + " AND a.revokedAt IS NULL AND a.removedAt IS NULL",
            ClientAccess.class)
        .setParameter("guardians", Set.of(Relationship.PARENT, Relationship.GUARDIAN))
        .getResultStream()
        .filter(link -> !link.permissions().isEmpty())
        .map(ClientAccess::clientId)
        .distinct()
        .toList();
  }

  @Transactional(readOnly = true)
  public Optional<NetworkContact> findContact(UUID clientId, UUID linkId) {
    return link(clientId, linkId).map(this::viewOf);
  }

  /**
   * Lists the person as the client's contact. A person already known by their client record or
   * their email is the same person (their name and phone stay as recorded); a new one is added.
   *
   * @throws Conflict when the person is already a contact of this client
   */
  @Transactional
  public NetworkContact add(
      UUID clientId,
      ContactPerson person,
      Relationship relationship,
      String label,
      Set<ContactPermission> permissions) {
    Contact contact = findPerson(person).orElse(null);
    if (contact == null) {
      contact = new Contact(person.name(), person.email(), person.phone(), person.clientId());
      em.persist(contact);
      // No mapped relation orders the writes: the link's foreign key needs the person first.
      em.flush();
    } else if (person.clientId() != null) {
      contact.isClient(person.clientId());
    }
    if (findLink(em, clientId, contact.id()).isPresent()) {
      throw new Conflict(contact.displayName() + " is already a contact of this client.");
    }
    ClientAccess link = new ClientAccess(clientId, contact.id(), relationship, label, permissions);
    em.persist(link);
    em.flush();
    ProfilesThisRequest.forget(thisRequest);
    return viewOf(link);
  }

  /**
   * Changes the person and the link. The email of someone who has a portal login is their sign-in
   * and stays; another person's email is theirs.
   *
   * @throws NotFound for a link that is not one of the client's contacts
   * @throws Conflict when the email cannot change or belongs to someone else
   */
  @Transactional
  public NetworkContact change(
      UUID clientId,
      UUID linkId,
      ContactPerson person,
      Relationship relationship,
      String label,
      Set<ContactPermission> permissions) {
    ClientAccess link = link(clientId, linkId).orElseThrow(() -> new NotFound(CONTACT));
    Contact contact = personOf(link);
    String email = person.email() == null ? null : Accounts.normaliseEmail(person.email());
    if (!Objects.equals(email, contact.email().orElse(null))) {
      if (hasLogin(contact)) {
        throw new Conflict(
            contact.displayName()
                + " signs in to the portal with "
                + contact.email().orElse("their email")
                + ", so that address cannot change here.");
      }
      if (email != null && findPerson(em, email).isPresent()) {
        throw new Conflict("Another contact of the practice has the email " + email + ".");
      }
    }
    contact.describe(person.name(), email, person.phone());
    if (person.clientId() != null) {
      contact.isClient(person.clientId());
    }
    link.relate(relationship, label);
    link.permit(permissions);
    em.flush();
    ProfilesThisRequest.forget(thisRequest);
    return viewOf(link);
  }

  /** Ends the contact's portal access for the client; they stay listed. */
  @Transactional
  public NetworkContact revoke(UUID clientId, UUID linkId, Instant when) {
    ClientAccess link = link(clientId, linkId).orElseThrow(() -> new NotFound(CONTACT));
    link.revoke(when);
    em.flush();
    ProfilesThisRequest.forget(thisRequest);
    return viewOf(link);
  }

  /** Takes the contact off the client's list, ending their access for the client. */
  @Transactional
  public NetworkContact remove(UUID clientId, UUID linkId, Instant when) {
    ClientAccess link = link(clientId, linkId).orElseThrow(() -> new NotFound(CONTACT));
    NetworkContact before = viewOf(link);
    link.remove(when);
    em.flush();
    ProfilesThisRequest.forget(thisRequest);
    return before;
  }

  private Optional<ClientAccess> link(UUID clientId, UUID linkId) {
    return Optional.ofNullable(linkId == null ? null : em.find(ClientAccess.class, linkId))
        .filter(link -> link.clientId().equals(clientId))
        .filter(link -> !link.isRemoved())
        .filter(link -> link.relationship().isContact());
  }

  private Optional<Contact> findPerson(ContactPerson person) {
    if (person.clientId() != null) {
      Optional<Contact> asClient =
          em.createQuery("SELECT c FROM Contact c WHERE c.clientId = :client", Contact.class)
              .setParameter("client", person.clientId())
              .getResultStream()
              .findFirst();
      if (asClient.isPresent()) {
        return asClient;
      }
    }
    return person.email() == null ? Optional.empty() : findPerson(em, person.email());
  }

  /** The person with this email, the same person however often staff add them. */
  static Optional<Contact> findPerson(EntityManager em, String email) {
    return em.createQuery("SELECT c FROM Contact c WHERE c.email = :email", Contact.class)
        .setParameter("email", Accounts.normaliseEmail(email))
        .getResultStream()
        .findFirst();
  }

  /** The person's link to the client that is not removed, revoked or not. */
  static Optional<ClientAccess> findLink(EntityManager em, UUID clientId, UUID contactId) {
    return em.createQuery(
            "SELECT a FROM ClientAccess a WHERE a.clientId = :client AND a.contactId = :contact"
                + " AND a.removedAt IS NULL",
            ClientAccess.class)
        .setParameter("client", clientId)
        .setParameter("contact", contactId)
        .getResultStream()
        .findFirst();
  }

  /**
   * The link's person; a link made before contacts were people (it names only a login) gets its
   * person now, from the login.
   */
  private Contact personOf(ClientAccess link) {
    Optional<Contact> listed = link.contactId().map(id -> em.find(Contact.class, id));
    if (listed.isPresent()) {
      return listed.get();
    }
    PortalAccount login = em.find(PortalAccount.class, link.portalAccountId().orElseThrow());
    Contact contact =
        findPerson(em, login.email())
            .orElseGet(
                () -> {
                  Contact made = new Contact(login.displayName(), login.email(), null, null);
                  em.persist(made);
                  em.flush();
                  return made;
                });
    link.listAs(contact.id());
    return contact;
  }

  private boolean hasLogin(Contact contact) {
    return contact.email().flatMap(email -> findLogin(email)).isPresent();
  }

  private Optional<PortalAccount> findLogin(String email) {
    return em.createQuery(
            "SELECT p FROM PortalAccount p WHERE p.email = :email", PortalAccount.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }

  private NetworkContact viewOf(ClientAccess link) {
    PortalAccount login =
        link.portalAccountId().map(id -> em.find(PortalAccount.class, id)).orElse(null);
    Contact contact = link.contactId().map(id -> em.find(Contact.class, id)).orElse(null);
    return new NetworkContact(
        link.id(),
        link.clientId(),
        contact == null ? null : contact.id(),
        contact != null ? contact.displayName() : login == null ? "" : login.displayName(),
        contact != null ? contact.email().orElse(null) : login == null ? null : login.email(),
        contact == null ? null : contact.phone().orElse(null),
        contact == null ? null : contact.clientId().orElse(null),
        link.relationship(),
        link.relationshipLabel(),
        link.customLabel().orElse(null),
        link.permissions(),
        PortalStatus.of(link.isRevoked(), login == null ? null : login.status()));
  }
}
