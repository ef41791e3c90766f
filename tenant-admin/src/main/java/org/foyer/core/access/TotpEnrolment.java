package org.foyer.core.access;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.foyer.core.persistence.columns.StringListConverter;

/**
 * An account's authenticator (TOTP) second factor as stored: the secret sealed by the platform with
 * its master key, the last accepted time step (so a code cannot be replayed) and the hashes of the
 * recovery codes left. Staff members and portal logins embed the same columns, so the rules live
 * once, here.
 */
@Embeddable
public class TotpEnrolment {

  @Column(name = "totp_secret_sealed", length = 200)
  private String secretSealed;

  @Column(name = "totp_last_step")
  private Long lastStep;

  @Convert(converter = StringListConverter.class)
  @Column(name = "recovery_code_hashes", length = 2000)
  private List<String> recoveryCodeHashes;

  /** Stores a new sealed secret and recovery code hashes, forgetting the last accepted step. */
  void enroll(String sealedSecret, List<String> recoveryCodeHashes) {
    this.secretSealed = Objects.requireNonNull(sealedSecret);
    this.recoveryCodeHashes = List.copyOf(recoveryCodeHashes);
    this.lastStep = null;
  }

  /**
   * Forgets the authenticator and its recovery codes, so the account signs in with its password
   * alone and a sealed secret copied elsewhere no longer matches anything here.
   */
  void remove() {
    secretSealed = null;
    lastStep = null;
    recoveryCodeHashes = null;
  }

  void acceptStep(long step) {
    lastStep = step;
  }

  void replaceRecoveryCodes(List<String> recoveryCodeHashes) {
    this.recoveryCodeHashes = List.copyOf(recoveryCodeHashes);
  }

  Optional<String> secretSealed() {
    return Optional.ofNullable(secretSealed);
  }

  Optional<Long> lastStep() {
    return Optional.ofNullable(lastStep);
  }

  List<String> recoveryCodeHashes() {
    return recoveryCodeHashes == null ? List.of() : recoveryCodeHashes;
  }
}
