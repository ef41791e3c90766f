package org.foyer.security.signin.entity;

import jakarta.servlet.http.HttpSession;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import org.foyer.core.tenancy.TenantId;

/**
 * A sign-in whose password was right but whose second factor is still owed. Expires quickly, and
 * carries the freshly generated secret while an administrator enrolls (only sealed once they have
 * proved it works). It belongs to the practice it started at: one browser session may visit several
 * practices, and another practice's sign-in page shows its own password step.
 */
public record PendingSignIn(
    TenantId tenant, FoyerPrincipal principal, String enrollmentSecret, Instant expiresAt)
    implements Serializable {

  public static final String ATTRIBUTE = PendingSignIn.class.getName();

  public boolean isEnrolling() {
    return enrollmentSecret != null;
  }

  /**
   * The session's pending step when it was started at this practice and is still open; a step of
   * another practice is left alone (it stays usable there until it expires or is replaced).
   */
  public static Optional<PendingSignIn> in(HttpSession session, TenantId practice, Instant now) {
    if (session == null
        || !(session.getAttribute(ATTRIBUTE) instanceof PendingSignIn pending)
        || !pending.tenant().equals(practice)
        || now.isAfter(pending.expiresAt())) {
      return Optional.empty();
    }
    return Optional.of(pending);
  }
}
