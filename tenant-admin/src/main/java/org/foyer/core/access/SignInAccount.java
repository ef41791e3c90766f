package org.foyer.core.access;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What signing in needs to know of an account, staff member or portal login, as the feature that
 * owns the account reads it. Sign-in changes an account only through that feature's service.
 *
 * @param roles the account's role names for its principal (none for a portal login)
 * @param sessionEpoch raised whenever every open session of the account must end
 */
public record SignInAccount(
    UUID id,
    String email,
    String displayName,
    Set<String> roles,
    Optional<String> passwordHash,
    boolean canSignIn,
    boolean hasTotp,
    int sessionEpoch) {

  public SignInAccount {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(displayName, "displayName");
    roles = Set.copyOf(roles);
    Objects.requireNonNull(passwordHash, "passwordHash");
  }

  /** Without the password hash, which must not reach a log. */
  @Override
  public String toString() {
    return "SignInAccount[" + id + ", " + email + "]";
  }
}
