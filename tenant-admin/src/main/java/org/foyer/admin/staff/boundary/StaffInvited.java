package org.foyer.admin.staff.boundary;

import java.time.Instant;
import org.foyer.core.tenancy.TenantId;

/**
 * A staff member was invited (or re-invited). Fired inside the inviting transaction; the platform's
 * mail outbox observes it and queues the invitation email in the same transaction, so an invitation
 * is never recorded without its email, nor mailed without being recorded.
 *
 * @param acceptPath the practice-relative address with the single-use token, e.g. {@code
 *     /p/demo/staff-invitation?token=...}; the mail adds the public base URL
 */
public record StaffInvited(
    TenantId tenant,
    String practiceName,
    String email,
    String displayName,
    String acceptPath,
    Instant expiresAt) {}
