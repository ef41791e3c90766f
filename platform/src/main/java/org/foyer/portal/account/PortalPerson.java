package org.foyer.portal.account;

import java.util.UUID;

/**
 * A login that acts for a client in the portal now, as staff choose whom to write to.
 *
 * @param linkId the link's id: the contact's id under the client (the client's own link for them)
 * @param accountId the portal login
 * @param label the name, with the relationship when it is not the client's own ("Maria Rivera
 *     (Parent)")
 */
public record PortalPerson(
    UUID linkId, UUID accountId, String name, String label, Relationship relationship) {

  public boolean isClientThemself() {
    return relationship == Relationship.SELF;
  }
}
