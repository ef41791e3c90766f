package org.foyer.portal.invitation;

import java.time.Instant;
import java.util.UUID;

/**
 * What an invitation did.
 *
 * @param expiresAt when the emailed link stops working; null when the email already belonged to an
 *     active login, which was only told that a profile was added and needs no link
 * @param newLogin whether the invitation created the portal login
 */
public record InvitationSent(
    UUID portalAccountId, UUID clientId, String email, Instant expiresAt, boolean newLogin) {}
