package org.foyer.contacts.entity;

import java.util.Set;
import java.util.UUID;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.NetworkContact;
import org.foyer.portal.account.PortalStatus;
import org.foyer.portal.account.Relationship;

/**
 * One of a client's contacts as the API returns it and the client page lists it.
 *
 * @param id the contact's id under this client
 * @param clientId the contact's own client record, when they are a client of the practice
 * @param relationshipLabel the relationship in words: "Parent", or a custom relationship's label
 * @param portalStatus NOT_INVITED, INVITED, ACTIVE or REVOKED
 */
public record ContactView(
    UUID id,
    String name,
    String email,
    String phone,
    UUID clientId,
    Relationship relationship,
    String relationshipLabel,
    Set<ContactPermission> permissions,
    PortalStatus portalStatus) {

  public static ContactView of(NetworkContact contact) {
    return new ContactView(
        contact.linkId(),
        contact.name(),
        contact.email(),
        contact.phone(),
        contact.contactClientId(),
        contact.relationship(),
        contact.relationshipLabel(),
        contact.permissions(),
        contact.status());
  }

  /** "May view and complete forms and view documents", in the words staff read. */
  public String permissionsInWords() {
    return ContactPermission.describe(permissions);
  }

  public String portalStatusInWords() {
    return portalStatus.words();
  }

  public boolean mayBeInvited() {
    return email != null;
  }
}
