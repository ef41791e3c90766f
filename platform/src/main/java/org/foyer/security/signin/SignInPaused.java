package org.foyer.security.signin;

import java.time.Instant;
import org.foyer.core.tenancy.TenantId;

/**
 * Sign-in to an existing account was paused from one address after repeated wrong passwords; fired
 * inside a unit of work so the notice to the holder is queued with it.
 *
 * @param forgotPath the practice's "forgot your password" page, for the notice's link
 */
public record SignInPaused(
    TenantId tenant, String email, String displayName, String forgotPath, Instant pausedUntil) {}
