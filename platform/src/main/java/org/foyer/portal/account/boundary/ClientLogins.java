package org.foyer.portal.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.core.persistence.Transactional;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.PortalPerson;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.portal.account.entity.Contact;
import org.foyer.portal.account.entity.PortalAccount;

/**
 * The Client Contact Network seen from one client: the logins that act for them, for features that
 * have already checked their own caller (staff inviting someone, intake telling a client's logins
 * that forms wait, naming who submitted a form). Revoked links never count, except when naming who
 * acted in the past. Reads and links within the practice's unit of work, with no caller here.
 */
@ApplicationScoped
public class ClientLogins {

  private EntityManager em;
  private ProfilesThisRequest thisRequest;

  protected ClientLogins() {}

  /** Without a request: nothing is kept that a change of link would have to drop. */
  public ClientLogins(EntityManager em) {
    this(em, null);
  }

  @Inject
  public ClientLogins(EntityManager em, ProfilesThisRequest thisRequest) {
    this.em = em;
    this.thisRequest = thisRequest;
  }

  /**
   * Lets the login act for the client, unless a standing link already does. A contact's login joins
   * the person with its email: when staff listed that person as the client's contact, their link
   * (with the permissions staff chose) now names the login; otherwise a new link may do everything,
   * as invitations always allowed.
   */
  @Transactional
  public void link(UUID accountId, UUID clientId, Relationship relationship) {
    link(accountId, clientId, relationship, ContactPermission.all());
  }

  /**
   * As {@link #link(UUID, UUID, Relationship)}, with what a link made now may do; a link staff
   * already keep for the person keeps its own permissions.
   */
  @Transactional
  public void link(
      UUID accountId,
      UUID clientId,
      Relationship relationship,
      Set<ContactPermission> permissionsOfANewLink) {
    boolean linked =
        em.createQuery(
                    "SELECT COUNT(a) FROM ClientAccess a WHERE a.portalAccountId = :account"
                        + " AND a.clientId = :client AND a.revokedAt IS NULL",
                    Long.class)
                .setParameter("account", accountId)
                .setParameter("client", clientId)
                .getSingleResult()
            > 0;
    if (linked) {
      return;
    }
    ProfilesThisRequest.forget(thisRequest);
    if (!relationship.isContact()) {
      em.persist(new ClientAccess(accountId, clientId, relationship));
      return;
    }
    PortalAccount login = em.find(PortalAccount.class, accountId);
    Contact person = ContactLinks.findPerson(em, login.email()).orElse(null);
    if (person == null) {
      person = new Contact(login.displayName(), login.email(), null, null);
      em.persist(person);
      // No mapped relation orders the writes: the link's foreign key needs the person first.
      em.flush();
    }
    Optional<ClientAccess> listed = ContactLinks.findLink(em, clientId, person.id());
    ClientAccess link;
    if (listed.isPresent()) {
      link = listed.get();
    } else {
      link = new ClientAccess(clientId, person.id(), relationship, null, permissionsOfANewLink);
      em.persist(link);
    }
    link.connect(accountId);
  }

  /** Whether the login stands in the network as a client themself (not only as a contact). */
  @Transactional(readOnly = true)
  public boolean isClientThemself(UUID accountId) {
    return em.createQuery(
                "SELECT COUNT(a) FROM ClientAccess a WHERE a.portalAccountId = :account"
                    + " AND a.relationship = :self AND a.revokedAt IS NULL",
                Long.class)
            .setParameter("account", accountId)
            .setParameter("self", Relationship.SELF)
            .getSingleResult()
        > 0;
  }

  /**
   * The logins whose link to the client stands, whatever their status; a contact who was never
   * invited has no login and is not among them.
   */
  @Transactional(readOnly = true)
  public List<UUID> listLoginsActingFor(UUID clientId) {
    return em.createQuery(
            "SELECT a.portalAccountId FROM ClientAccess a WHERE a.clientId = :client"
                + " AND a.revokedAt IS NULL AND a.portalAccountId IS NOT NULL",
            UUID.class)
        .setParameter("client", clientId)
        .getResultList();
  }

  /** Addresses of the logins that may sign in, act for the client now and receive notices. */
  @Transactional(readOnly = true)
  public List<String> listNoticeRecipients(UUID clientId) {
    return listNoticeRecipients(clientId, false);
  }

  /**
   * Addresses of the logins that may sign in, act for the client now and receive notices; with
   * {@code clientOnly}, only the client's own, for news about items kept from guardians ({@link
   * GuardianPrivacy}).
   */
  @Transactional(readOnly = true)
  public List<String> listNoticeRecipients(UUID clientId, boolean clientOnly) {
    return listNoticeRecipients(clientId, ContactPermission.NOTICES, clientOnly);
  }

  /**
   * {@link #listNoticeRecipients(UUID, boolean)} for a notice about something a link needs its own
   * permission for: that forms are waiting goes only to links that may also complete forms, not to
   * a spouse who is only reminded or a responsible party who only pays.
   */
  @Transactional(readOnly = true)
  public List<String> listNoticeRecipients(
      UUID clientId, ContactPermission about, boolean clientOnly) {
    return recipients(clientId, null, EnumSet.of(ContactPermission.NOTICES, about), clientOnly);
  }

  /**
   * The address of the one login of this link to the client that may sign in, act for the client
   * now and receive notices; empty for a contact not (yet) in the portal.
   */
  @Transactional(readOnly = true)
  public Optional<String> findNoticeRecipient(UUID clientId, UUID linkId) {
    return recipients(clientId, linkId, Set.of(ContactPermission.NOTICES), false).stream()
        .findFirst();
  }

  /**
   * Addresses of the logins that may sign in and act for the client now with this permission (a new
   * message's notice goes to the links that permit messages); with {@code clientOnly}, only the
   * client's own.
   */
  @Transactional(readOnly = true)
  public List<String> listRecipients(
      UUID clientId, ContactPermission permission, boolean clientOnly) {
    return recipients(clientId, null, Set.of(permission), clientOnly);
  }

  /**
   * Addresses behind every recipient list: standing links to the client (only {@code linkId} when
   * given) that permit everything {@code needed}, whose login may sign in, by address.
   */
  private List<String> recipients(
      UUID clientId, UUID linkId, Set<ContactPermission> needed, boolean clientOnly) {
    return standing(clientId, linkId, null, needed).stream()
        .filter(row -> !clientOnly || ((ClientAccess) row[0]).relationship() == Relationship.SELF)
        .map(row -> ((PortalAccount) row[1]).email())
        .distinct()
        .toList();
  }

  /**
   * The one query behind every list of people acting for the client now: standing links (only
   * {@code linkId}, or only {@code accountId}'s, when given) that permit everything {@code needed},
   * with their login when it may sign in, by address.
   */
  private List<Object[]> standing(
      UUID clientId, UUID linkId, UUID accountId, Set<ContactPermission> needed) {
    TypedQuery<Object[]> query =
        em.createQuery(
                "SELECT a, p FROM ClientAccess a, PortalAccount p WHERE a.portalAccountId = p.id"
                    + " AND a.clientId = :client AND a.revokedAt IS NULL"
                    + (linkId == null ? "" : " AND a.id = :link")
                    + (accountId == null ? "" : " AND p.id = :account")
                    + " ORDER BY p.email",
                Object[].class)
            .setParameter("client", clientId);
    if (linkId != null) {
      query.setParameter("link", linkId);
    }
    if (accountId != null) {
      query.setParameter("account", accountId);
    }
    return query
        .getResultStream()
        .filter(row -> needed.stream().allMatch(((ClientAccess) row[0])::permits))
        .filter(row -> ((PortalAccount) row[1]).canSignIn())
        .toList();
  }

  private static PortalPerson person(Object[] row) {
    ClientAccess link = (ClientAccess) row[0];
    PortalAccount login = (PortalAccount) row[1];
    return new PortalPerson(
        link.id(),
        login.id(),
        login.displayName(),
        link.relationship() == Relationship.SELF
            ? login.displayName()
            : login.displayName() + " (" + link.relationshipLabel() + ")",
        link.relationship());
  }

  /** Whether this is a link of the client's network (the client's own, or a contact's). */
  @Transactional(readOnly = true)
  public boolean isLinkOf(UUID clientId, UUID linkId) {
    return em.createQuery(
                "SELECT COUNT(a) FROM ClientAccess a WHERE a.id = :link AND a.clientId = :client"
                    + " AND a.removedAt IS NULL",
                Long.class)
            .setParameter("link", linkId)
            .setParameter("client", clientId)
            .getSingleResult()
        > 0;
  }

  /**
   * The logins that may sign in and act for the client now with this permission, the client's own
   * first: whom staff may write to about the client.
   */
  @Transactional(readOnly = true)
  public List<PortalPerson> listPeople(UUID clientId, ContactPermission permission) {
    return standing(clientId, null, null, Set.of(permission)).stream()
        .map(ClientLogins::person)
        .sorted(
            Comparator.comparing((PortalPerson person) -> !person.isClientThemself())
                .thenComparing(PortalPerson::name, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  /**
   * The one login of this link to the client, when it may sign in and act for the client now with
   * this permission.
   */
  @Transactional(readOnly = true)
  public Optional<PortalPerson> findPerson(
      UUID clientId, UUID linkId, ContactPermission permission) {
    return standing(clientId, linkId, null, Set.of(permission)).stream()
        .findFirst()
        .map(ClientLogins::person);
  }

  /**
   * The address of this login when it may sign in and act for the client now with this permission.
   */
  @Transactional(readOnly = true)
  public Optional<String> findRecipient(
      UUID clientId, UUID accountId, ContactPermission permission) {
    return standing(clientId, null, accountId, Set.of(permission)).stream()
        .findFirst()
        .map(row -> ((PortalAccount) row[1]).email());
  }

  /** Names of the client's parents and guardians in the network, by name. */
  @Transactional(readOnly = true)
  public List<String> listGuardianNames(UUID clientId) {
    return logins(clientId, Set.of(Relationship.PARENT, Relationship.GUARDIAN)).stream()
        .map(PortalAccount::displayName)
        .distinct()
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .toList();
  }

  /**
   * The name of the login with this address in the client's network, with its relationship when it
   * is not the client's own ("Maria Rivera (Parent)"). Revoked links count: the name says who acted
   * then.
   */
  @Transactional(readOnly = true)
  public Optional<String> findNameInNetwork(UUID clientId, String email) {
    return em.createQuery(
            "SELECT p.displayName, a FROM ClientAccess a, PortalAccount p"
                + " WHERE a.portalAccountId = p.id AND a.clientId = :client AND p.email = :email",
            Object[].class)
        .setParameter("client", clientId)
        .setParameter("email", email)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .map(
            row ->
                ((ClientAccess) row[1]).relationship() == Relationship.SELF
                    ? (String) row[0]
                    : row[0] + " (" + ((ClientAccess) row[1]).relationshipLabel() + ")");
  }

  private List<PortalAccount> logins(UUID clientId, Set<Relationship> relationships) {
    return em.createQuery(
            "SELECT p FROM ClientAccess a, PortalAccount p WHERE a.portalAccountId = p.id"
                + " AND a.clientId = :client AND a.revokedAt IS NULL"
                + " AND a.relationship IN :relationships ORDER BY p.email",
            PortalAccount.class)
        .setParameter("client", clientId)
        .setParameter("relationships", relationships)
        .getResultList();
  }
}
