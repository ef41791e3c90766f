package org.foyer.security.signin.control;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.foyer.core.access.TotpHolder;
import org.foyer.security.crypto.MasterKey;
import org.foyer.security.crypto.Sealer;
import org.foyer.security.totp.RecoveryCodes;
import org.foyer.security.totp.Totp;
import org.foyer.security.totp.TotpSecret;

/**
 * The authenticator second factor of any account, staff or portal: the secret sealed under the
 * master key (bound to the account by the sealing context, so a sealed secret copied to another row
 * does not open), codes accepted once, and recovery codes spent one by one.
 */
final class TotpFactor {

  private final MasterKey masterKey;
  private final Totp totp;

  TotpFactor(MasterKey masterKey, Clock clock) {
    this.masterKey = masterKey;
    this.totp = new Totp(clock);
  }

  /** Accepts a current authenticator code (once) or an unused recovery code. */
  boolean verify(TotpHolder account, String kind, String code) {
    if (account == null || !account.canSignIn() || account.totpSecretSealed().isEmpty()) {
      return false;
    }
    TotpSecret secret = TotpSecret.fromBase32(reveal(account, kind).orElseThrow());
    OptionalLong step = totp.verify(secret, code, account.totpLastStep().orElse(Totp.NEVER_USED));
    if (step.isPresent()) {
      account.acceptTotpStep(step.getAsLong());
      return true;
    }
    Optional<List<String>> remaining = RecoveryCodes.redeem(code, account.recoveryCodeHashes());
    remaining.ifPresent(account::replaceRecoveryCodes);
    return remaining.isPresent();
  }

  /**
   * Enrols once the person proves their app produces codes for the secret.
   *
   * @return the recovery codes, shown once and stored only as hashes; empty when the code is wrong
   */
  Optional<List<String>> enroll(TotpHolder account, String kind, String secretBase32, String code) {
    if (account == null || !account.canSignIn()) {
      return Optional.empty();
    }
    TotpSecret secret = TotpSecret.fromBase32(secretBase32);
    OptionalLong step = totp.verify(secret, code, Totp.NEVER_USED);
    if (step.isEmpty()) {
      return Optional.empty();
    }
    RecoveryCodes.Issued recovery = RecoveryCodes.issue();
    account.enrollTotp(seal(account, kind, secret), recovery.hashes());
    account.acceptTotpStep(step.getAsLong());
    return Optional.of(recovery.codes());
  }

  /** Seals and stores a known secret, without recovery codes (demo data). */
  void enrollKnownSecret(TotpHolder account, String kind, TotpSecret secret) {
    account.enrollTotp(seal(account, kind, secret), List.of());
  }

  /** The account's secret in clear Base32, when it has one. */
  Optional<String> reveal(TotpHolder account, String kind) {
    return account
        .totpSecretSealed()
        .map(
            sealedSecret ->
                new String(
                    sealer().open(sealedSecret, context(account, kind)),
                    StandardCharsets.US_ASCII));
  }

  private String seal(TotpHolder account, String kind, TotpSecret secret) {
    return sealer()
        .seal(secret.toBase32().getBytes(StandardCharsets.US_ASCII), context(account, kind));
  }

  private static String context(TotpHolder account, String kind) {
    return "totp:" + kind + ":" + account.id();
  }

  private Sealer sealer() {
    return new Sealer(masterKey.key());
  }
}
