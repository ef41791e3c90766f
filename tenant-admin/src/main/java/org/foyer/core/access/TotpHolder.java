package org.foyer.core.access;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * An account that can hold an authenticator (TOTP) second factor: a staff member or a portal login.
 * The platform seals the secret with its master key and hashes the recovery codes; the account only
 * stores what it is given, in its {@link TotpEnrolment}, so staff and portal sign-in share one
 * implementation.
 */
public interface TotpHolder {

  UUID id();

  boolean canSignIn();

  /** The stored second factor, to read; never null, empty when none is enrolled. */
  TotpEnrolment totp();

  /** The stored second factor, to change: the account keeps what is done to it. */
  TotpEnrolment totpToChange();

  /** Stores a new sealed secret and recovery code hashes, forgetting the last accepted step. */
  default void enrollTotp(String sealedSecret, List<String> recoveryCodeHashes) {
    totpToChange().enroll(sealedSecret, recoveryCodeHashes);
  }

  /** Forgets the authenticator and its recovery codes. */
  default void removeTotp() {
    totpToChange().remove();
  }

  /** Records the time step of an accepted code, so the same code cannot be replayed. */
  default void acceptTotpStep(long step) {
    totpToChange().acceptStep(step);
  }

  default void replaceRecoveryCodes(List<String> recoveryCodeHashes) {
    totpToChange().replaceRecoveryCodes(recoveryCodeHashes);
  }

  default Optional<String> totpSecretSealed() {
    return totp().secretSealed();
  }

  default Optional<Long> totpLastStep() {
    return totp().lastStep();
  }

  /** The hashes of the recovery codes left; empty when none are. */
  default List<String> recoveryCodeHashes() {
    return totp().recoveryCodeHashes();
  }

  default boolean hasTotp() {
    return totpSecretSealed().isPresent();
  }
}
