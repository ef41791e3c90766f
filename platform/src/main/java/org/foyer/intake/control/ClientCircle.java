package org.foyer.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.portal.account.PortalAccount;
import org.foyer.portal.account.Relationship;

/**
 * The portal logins around one client, read from the Client Contact Network for the intake
 * workflow's own needs: whom to tell that forms are waiting, and the guardians' names a form may be
 * pre-filled with. Revoked links never count. Called inside the services' units of work.
 */
@ApplicationScoped
public class ClientCircle {

  private EntityManager em;

  protected ClientCircle() {}

  @Inject
  public ClientCircle(EntityManager em) {
    this.em = em;
  }

  /** Addresses of the logins that may sign in and act for the client now. */
  public List<String> noticeRecipients(UUID clientId) {
    return logins(clientId, Set.of(Relationship.values())).stream()
        .filter(PortalAccount::canSignIn)
        .map(PortalAccount::email)
        .distinct()
        .toList();
  }

  /** Names of the client's parents and guardians in the network, by name. */
  public List<String> guardianNames(UUID clientId) {
    return logins(clientId, Set.of(Relationship.PARENT, Relationship.GUARDIAN)).stream()
        .map(PortalAccount::displayName)
        .distinct()
        .sorted(String.CASE_INSENSITIVE_ORDER)
        .toList();
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
