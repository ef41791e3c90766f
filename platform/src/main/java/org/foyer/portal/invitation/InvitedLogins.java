package org.foyer.portal.invitation;

import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.foyer.admin.staff.StaffMember;
import org.foyer.clients.Client;
import org.foyer.portal.account.ClientAccess;
import org.foyer.portal.account.PortalAccount;
import org.foyer.portal.account.Relationship;

/**
 * The Client Contact Network side of an invitation, inside the inviting transaction: one login per
 * email, created on first invitation, and one standing link per login and client.
 */
final class InvitedLogins {

  private final EntityManager em;

  InvitedLogins(EntityManager em) {
    this.em = em;
  }

  void grantAccess(PortalAccount account, Client client, Relationship relationship) {
    boolean linked =
        em.createQuery(
                    "SELECT COUNT(a) FROM ClientAccess a WHERE a.portalAccountId = :account"
                        + " AND a.clientId = :client AND a.revokedAt IS NULL",
                    Long.class)
                .setParameter("account", account.id())
                .setParameter("client", client.id())
                .getSingleResult()
            > 0;
    if (!linked) {
      em.persist(new ClientAccess(account.id(), client.id(), relationship));
    }
  }

  PortalAccount newAccount(String email, Client client, Relationship relationship) {
    // A client's own login starts with their name; a contact names themself on acceptance.
    String name =
        relationship == Relationship.SELF ? client.displayName() : email.substring(0, at(email));
    PortalAccount account =
        new PortalAccount(email, name.length() > StaffMember.NAME_LENGTH ? email : name);
    em.persist(account);
    em.flush();
    return account;
  }

  private static int at(String email) {
    return Math.min(email.indexOf('@'), StaffMember.NAME_LENGTH);
  }

  /** Only a client invited as themself is greeted by name: never a client's name to a contact. */
  Optional<String> greeting(PortalAccount account) {
    boolean self =
        em.createQuery(
                    "SELECT COUNT(a) FROM ClientAccess a WHERE a.portalAccountId = :account"
                        + " AND a.relationship = :self AND a.revokedAt IS NULL",
                    Long.class)
                .setParameter("account", account.id())
                .setParameter("self", Relationship.SELF)
                .getSingleResult()
            > 0;
    return self ? Optional.of(account.displayName()) : Optional.empty();
  }

  Optional<PortalAccount> findAccount(String email) {
    return em.createQuery(
            "SELECT a FROM PortalAccount a WHERE a.email = :email", PortalAccount.class)
        .setParameter("email", email)
        .getResultStream()
        .findFirst();
  }
}
