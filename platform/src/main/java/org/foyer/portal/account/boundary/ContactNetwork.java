package org.foyer.portal.account.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.portal.account.entity.PortalAccount;

/**
 * The Client Contact Network as a portal login sees it: the client profiles it may act for. A
 * revoked link, another login's client and another practice's client all answer {@link NotFound}
 * alike. {@link ClientLogins} is the same network seen from one client.
 */
@ApplicationScoped
public class ContactNetwork {

  private static final Comparator<ClientProfile> OWN_PROFILE_FIRST =
      Comparator.comparing((ClientProfile profile) -> profile.relationship() != Relationship.SELF)
          .thenComparing(ClientProfile::displayName, String.CASE_INSENSITIVE_ORDER);

  private EntityManager em;
  private PortalSettingsService settings;
  private ClientRecords clients;
  private ProfilesThisRequest thisRequest;

  protected ContactNetwork() {}

  /** Without a request: every call reads the links. */
  public ContactNetwork(EntityManager em, PortalSettingsService settings, ClientRecords clients) {
    this(em, settings, clients, null);
  }

  @Inject
  public ContactNetwork(
      EntityManager em,
      PortalSettingsService settings,
      ClientRecords clients,
      ProfilesThisRequest thisRequest) {
    this.em = em;
    this.settings = settings;
    this.clients = clients;
    this.thisRequest = thisRequest;
  }

  /**
   * The profiles the caller may act for, their own first, then by name. While the practice has the
   * Contact Network switched off, a login acts only for its own client profile.
   */
  @Transactional(readOnly = true)
  public List<ClientProfile> listProfiles(Caller caller) {
    if (caller.kind() != Caller.Kind.PORTAL) {
      return List.of();
    }
    return ProfilesThisRequest.of(thisRequest, caller.accountId(), () -> readProfiles(caller));
  }

  private List<ClientProfile> readProfiles(Caller caller) {
    boolean networkOpen = settings.current().contactNetworkEnabled();
    List<ClientAccess> links =
        em.createQuery(
                "SELECT a FROM ClientAccess a"
                    + " WHERE a.portalAccountId = :account AND a.revokedAt IS NULL"
                    + " AND a.removedAt IS NULL",
                ClientAccess.class)
            .setParameter("account", caller.accountId())
            .getResultList();
    Map<UUID, ClientIdentity> linked =
        clients.findIdentities(links.stream().map(ClientAccess::clientId).distinct().toList());
    return links.stream()
        .filter(link -> linked.containsKey(link.clientId()))
        .map(link -> profileOf(link, linked.get(link.clientId())))
        .filter(profile -> networkOpen || profile.relationship() == Relationship.SELF)
        .sorted(OWN_PROFILE_FIRST)
        .toList();
  }

  /** The profile the caller asks to act for, if their access to it stands. */
  @Transactional(readOnly = true)
  public ClientProfile getProfile(Caller caller, UUID clientId) {
    return listProfiles(caller).stream()
        .filter(profile -> profile.clientId().equals(clientId))
        .findFirst()
        .orElseThrow(() -> new NotFound("That client profile"));
  }

  /**
   * The profile, when the caller's link to it stands and permits this. A link without the
   * permission answers {@link NotFound} exactly as a profile the caller has no link to: what a
   * contact may not do does not exist for them. Read once per request ({@link
   * ProfilesThisRequest}), so narrowing a link takes effect on the next request.
   */
  @Transactional(readOnly = true)
  public ClientProfile getProfile(Caller caller, UUID clientId, ContactPermission needed) {
    ClientProfile profile = getProfile(caller, clientId);
    if (!profile.permits(needed)) {
      throw new NotFound("That client profile");
    }
    return profile;
  }

  /** Whether the caller's standing link to the client permits this; false for anyone else. */
  @Transactional(readOnly = true)
  public boolean permits(Caller caller, UUID clientId, ContactPermission needed) {
    return listProfiles(caller).stream()
        .anyMatch(profile -> profile.clientId().equals(clientId) && profile.permits(needed));
  }

  /**
   * The name the caller gave as their own when accepting their invitation (a parent's own name, not
   * their child's); empty for anyone but a portal login.
   */
  @Transactional(readOnly = true)
  public Optional<String> findOwnName(Caller caller) {
    if (caller.kind() != Caller.Kind.PORTAL || caller.accountId() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(em.find(PortalAccount.class, caller.accountId()))
        .map(PortalAccount::displayName);
  }

  /**
   * The caller's standing link to the client: the id staff name a contact by (when choosing who
   * signs a form, for one); empty for anyone without one.
   */
  @Transactional(readOnly = true)
  public Optional<UUID> findLinkId(Caller caller, UUID clientId) {
    if (caller.kind() != Caller.Kind.PORTAL || caller.accountId() == null) {
      return Optional.empty();
    }
    return em.createQuery(
            "SELECT a FROM ClientAccess a WHERE a.portalAccountId = :account"
                + " AND a.clientId = :client AND a.revokedAt IS NULL AND a.removedAt IS NULL",
            ClientAccess.class)
        .setParameter("account", caller.accountId())
        .setParameter("client", clientId)
        .getResultStream()
        .findFirst()
        .map(ClientAccess::id);
  }

  private static ClientProfile profileOf(ClientAccess access, ClientIdentity client) {
    return new ClientProfile(
        client.id(),
        client.displayName(),
        access.relationship(),
        access.relationshipLabel(),
        client.minor(),
        access.permissions());
  }
}
