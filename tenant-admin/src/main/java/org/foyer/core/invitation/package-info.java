/**
 * Single-use invitation links shared by staff and client invitations (main type {@link
 * org.foyer.core.invitation.InvitationToken}): the random token stored only as its hash, and the
 * refusals a dead link meets.
 */
package org.foyer.core.invitation;
