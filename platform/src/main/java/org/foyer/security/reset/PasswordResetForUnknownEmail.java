package org.foyer.security.reset;

import org.foyer.core.tenancy.TenantId;

/**
 * Someone asked for a reset for an email without an account at the practice. The mailbox is told,
 * so its owner learns why no link came and the request costs the same work as a real one.
 */
public record PasswordResetForUnknownEmail(TenantId tenant, String email, String forgotPath) {}
