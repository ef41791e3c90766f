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

  /** The stored second factor; never null, empty when none is enrolled. */
  TotpEnrolment totp();

  /** Stores a new sealed secret and recovery code hashes, forgetting the last accepted step. */
  default void enrollTotp(String sealedSecret, List<String> recoveryCodeHashes) {
    totp().enroll(sealedSecret, recoveryCodeHashes);
  }

  /** Forgets the authenticator and its recovery codes. */
  default void removeTotp() {
    totp().remove();
  }

  /** Records the time step of an accepted code, so the same code cannot be replayed. */
  default void acceptTotpStep(long step) {
    totp().acceptStep(step);
  }

  default void replaceRecoveryCodes(List<String> recoveryCodeHashes) {
    totp().replaceRecoveryCodes(recoveryCodeHashes);
  }

  /**
   * The enrolment for reading, without storing one: EclipseLink reads an all-null embeddable as
   * null, and assigning a fresh one while reading makes the entity dirty, which a read-only unit of
   * work refuses to write (UPDATE in a read-only transaction at sign-in).
   */
  default TotpEnrolment totpAsStored() {
    return totp();
  }

  default Optional<String> totpSecretSealed() {
    return totpAsStored().secretSealed();
  }

  default Optional<Long> totpLastStep() {
    return totpAsStored().lastStep();
  }

  /** The hashes of the recovery codes left; empty when none are. */
  default List<String> recoveryCodeHashes() {
    return totpAsStored().recoveryCodeHashes();
  }

  default boolean hasTotp() {
    return totpSecretSealed().isPresent();
  }
}
