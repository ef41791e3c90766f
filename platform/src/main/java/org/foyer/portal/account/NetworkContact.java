package org.foyer.portal.account;

import java.util.Set;
import java.util.UUID;

/**
 * One contact of a client as staff manage it: the person, the link's relationship and permissions,
 * and where the link stands with the portal.
 *
 * @param linkId the link's id: the contact's id under the client
 * @param contactId the person, shared by every client they are a contact of
 * @param contactClientId the person's own client record, when they are a client too; else null
 * @param customLabel the label of a custom relationship; else null
 */
public record NetworkContact(
    UUID linkId,
    UUID clientId,
    UUID contactId,
    String name,
    String email,
    String phone,
    UUID contactClientId,
    Relationship relationship,
    String relationshipLabel,
    String customLabel,
    Set<ContactPermission> permissions,
    PortalStatus status) {

  public NetworkContact {
    permissions = Set.copyOf(permissions);
  }
}
