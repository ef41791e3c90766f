/**
 * Inviting clients and their contacts to the portal (main entity {@link
 * org.foyer.portal.invitation.ClientInvitation}, service {@link
 * org.foyer.portal.invitation.ClientInvitations}): the single-use link, and accepting it with a
 * password and the consent to electronic records.
 */
package org.foyer.portal.invitation;
