package org.foyer.portal.account;

import java.io.Serializable;
import java.util.Set;
import java.util.UUID;
import org.foyer.portal.account.boundary.ContactNetwork;

/**
 * A client profile a portal login may act for, as the portal's profile switcher shows it, with what
 * the link permitted when it was read. Services check the permissions read afresh on every request
 * ({@link ContactNetwork#getProfile(org.foyer.core.access.Caller, UUID, ContactPermission)}), never
 * a profile kept in a session.
 *
 * @param relationshipLabel the relationship in words ("Parent", or a custom label)
 */
public record ClientProfile(
    UUID clientId,
    String displayName,
    Relationship relationship,
    String relationshipLabel,
    boolean minor,
    Set<ContactPermission> permissions)
    implements Serializable {

  public ClientProfile {
    permissions = Set.copyOf(permissions);
  }

  /** "Ella Brooks (Parent)", or just the name when the login is the client themself. */
  public String label() {
    return relationship == Relationship.SELF
        ? displayName
        : displayName + " (" + relationshipLabel + ")";
  }

  public boolean permits(ContactPermission permission) {
    return permissions.contains(permission);
  }
}
