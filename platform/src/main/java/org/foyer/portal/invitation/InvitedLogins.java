package org.foyer.portal.invitation;

import java.util.Optional;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.core.access.Accounts;
import org.foyer.portal.account.PortalLogin;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.account.boundary.PortalAccounts;

/**
 * How an invitation names the login it creates and greets the person it invites, inside the
 * inviting transaction: a client's name is used only for the client themself, never shown to a
 * contact.
 */
final class InvitedLogins {

  private final PortalAccounts accounts;
  private final ClientLogins network;

  InvitedLogins(PortalAccounts accounts, ClientLogins network) {
    this.accounts = accounts;
    this.network = network;
  }

  /**
   * A client's own login starts with their name, a contact's with the name staff entered for them
   * (or their email's local part); either may change it on acceptance.
   */
  PortalLogin newAccount(
      String email, ClientIdentity client, Relationship relationship, String knownName) {
    String name;
    if (relationship == Relationship.SELF) {
      name = client.displayName();
    } else if (knownName != null
        && !knownName.isBlank()
        && knownName.strip().length() <= Accounts.NAME_LENGTH) {
      name = knownName.strip();
    } else {
      name = email.substring(0, at(email));
    }
    return accounts.open(email, name.length() > Accounts.NAME_LENGTH ? email : name);
  }

  private static int at(String email) {
    return Math.min(email.indexOf('@'), Accounts.NAME_LENGTH);
  }

  /** Only a client invited as themself is greeted by name: never a client's name to a contact. */
  Optional<String> greeting(PortalLogin login) {
    return network.isClientThemself(login.id())
        ? Optional.of(login.displayName())
        : Optional.empty();
  }
}
