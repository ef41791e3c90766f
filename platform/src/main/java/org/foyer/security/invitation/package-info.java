/**
 * Accepting a staff invitation (main type {@link
 * org.foyer.security.invitation.InvitationAcceptance}): the public page where an invited person
 * checks their link and chooses a password under the platform's password policy.
 */
package org.foyer.security.invitation;
