package org.foyer.security.reset;

import java.time.Instant;
import org.foyer.core.tenancy.TenantId;

/**
 * A reset link was issued; fired in the issuing unit of work so its mail is queued with it.
 *
 * @param resetPath the link's path, token included; only the mail may carry it
 */
public record PasswordResetIssued(
    TenantId tenant, String email, String displayName, String resetPath, Instant expiresAt) {

  @Override
  public String toString() {
    return "PasswordResetIssued[" + tenant + ", " + email + ", link hidden]";
  }
}
