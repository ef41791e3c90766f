package org.foyer.core.access;

import java.util.Optional;
import java.util.UUID;

/**
 * An account that can hold an authenticator (TOTP) second factor: a staff member or a portal login.
 * The platform seals the secret with its master key and hashes the recovery codes; the account only
 * stores what it is given, so staff and portal sign-in share one implementation.
 */
public interface TotpHolder {

  UUID id();

  boolean canSignIn();

  /** Stores a new sealed secret and recovery code hashes, forgetting the last accepted step. */
  void enrollTotp(String sealedSecret, String recoveryCodeHashes);

  /** Records the time step of an accepted code, so the same code cannot be replayed. */
  void acceptTotpStep(long step);

  void replaceRecoveryCodes(String recoveryCodeHashes);

  Optional<String> totpSecretSealed();

  Optional<Long> totpLastStep();

  /** Comma-separated hashes; empty when none are left. */
  String recoveryCodeHashes();

  default boolean hasTotp() {
    return totpSecretSealed().isPresent();
  }
}
