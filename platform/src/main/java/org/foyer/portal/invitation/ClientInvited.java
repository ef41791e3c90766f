package org.foyer.portal.invitation;

import java.time.Instant;
import java.util.Optional;
import org.foyer.core.tenancy.TenantId;

/**
 * Fired inside the inviting transaction so the invitation email is queued with it.
 *
 * @param greeting the invitee's own name when the practice knows it (a client inviting themselves);
 *     never a client's name sent to someone else
 * @param acceptPath the link's path, carrying the token in clear (it exists nowhere else)
 */
public record ClientInvited(
    TenantId tenant,
    String email,
    Optional<String> greeting,
    String acceptPath,
    Instant expiresAt) {}
