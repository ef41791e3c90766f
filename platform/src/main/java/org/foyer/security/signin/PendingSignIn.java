package org.foyer.security.signin;

import java.io.Serializable;
import java.time.Instant;
import org.foyer.tenancy.TenantId;

/**
 * A sign-in whose password was right but whose second factor is still owed. Expires quickly, and
 * carries the freshly generated secret while an administrator enrolls (only sealed once they have
 * proved it works).
 */
public record PendingSignIn(
    TenantId tenant, FoyerPrincipal principal, String enrollmentSecret, Instant expiresAt)
    implements Serializable {

  public static final String ATTRIBUTE = PendingSignIn.class.getName();

  public boolean isEnrolling() {
    return enrollmentSecret != null;
  }
}
