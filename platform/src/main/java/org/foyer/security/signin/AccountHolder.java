package org.foyer.security.signin;

import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.access.SignInAccount;

/** An account that may sign in, as a password reset or a notice about it needs to know it. */
public record AccountHolder(AccountKind kind, UUID id, String email, String displayName) {

  public AccountHolder {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(email, "email");
    Objects.requireNonNull(displayName, "displayName");
  }

  /** The account's holder, when the account may sign in now. */
  public static Optional<AccountHolder> ifSignsIn(AccountKind kind, SignInAccount account) {
    return account.canSignIn()
        ? Optional.of(new AccountHolder(kind, account.id(), account.email(), account.displayName()))
        : Optional.empty();
  }
}
