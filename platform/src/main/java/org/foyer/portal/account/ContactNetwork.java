package org.foyer.portal.account;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.foyer.access.Caller;
import org.foyer.admin.portal.PortalSettingsService;
import org.foyer.clients.Client;
import org.foyer.errors.NotFound;
import org.foyer.persistence.Transactional;

/**
 * The Client Contact Network as a portal login sees it: the client profiles it may act for. A
 * revoked link, another login's client and another practice's client all answer {@link NotFound}
 * alike.
 */
@ApplicationScoped
public class ContactNetwork {

  private static final Comparator<ClientProfile> OWN_PROFILE_FIRST =
      Comparator.comparing((ClientProfile profile) -> profile.relationship() != Relationship.SELF)
          .thenComparing(ClientProfile::displayName, String.CASE_INSENSITIVE_ORDER);

  private EntityManager em;
  private PortalSettingsService settings;

  protected ContactNetwork() {}

  @Inject
  public ContactNetwork(EntityManager em, PortalSettingsService settings) {
    this.em = em;
    this.settings = settings;
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
    boolean networkOpen = settings.current().contactNetworkEnabled();
    return em.createQuery(
            "SELECT a, c FROM ClientAccess a, Client c"
                + " WHERE a.clientId = c.id AND a.portalAccountId = :account AND a.revokedAt IS NULL",
            Object[].class)
        .setParameter("account", caller.accountId())
        .getResultStream()
        .map(row -> profileOf((ClientAccess) row[0], (Client) row[1]))
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

  private static ClientProfile profileOf(ClientAccess access, Client client) {
    return new ClientProfile(
        client.id(), client.displayName(), access.relationship(), client.isMinor());
  }
}
