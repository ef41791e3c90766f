package org.foyer.e2e;

import java.time.Clock;
import org.foyer.security.totp.Totp;
import org.foyer.security.totp.TotpSecret;

/**
 * Authenticator codes for the demo administrator across all browser tests of the JVM. Foyer refuses
 * a code whose time step was already used, so two sign-ins within one 30-second step need different
 * steps: this hands out each step once, using the one-step drift Foyer accepts, and waits for the
 * clock only when even that is used up.
 */
final class DemoAdministratorCodes {

  private static final Totp TOTP = new Totp(Clock.systemUTC());
  private static long lastUsedStep = Long.MIN_VALUE;

  private DemoAdministratorCodes() {}

  static synchronized String next(BundledFoyer foyer) throws InterruptedException {
    // Never a step already behind: by the time the page posts it, it could be two behind.
    long step = Math.max(lastUsedStep + 1, TOTP.currentStep());
    while (step > TOTP.currentStep() + 1) {
      Thread.sleep(1000);
    }
    lastUsedStep = step;
    return TOTP.codeAt(TotpSecret.fromBase32(foyer.demoTotpKey()), step);
  }
}
