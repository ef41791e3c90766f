package org.foyer.security.totp;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 time-based one-time passwords with the parameters every authenticator app supports:
 * HMAC-SHA1, six digits, 30-second steps from the Unix epoch.
 *
 * <p>{@link #verify} accepts the previous, current and next step, because phone clocks drift and
 * people type slowly, and refuses any step at or before the last one used, so a code seen over
 * someone's shoulder cannot be replayed. The caller stores the returned step with the staff member
 * and passes it back next time.
 */
public final class Totp {

  public static final int DIGITS = 6;
  public static final Duration STEP = Duration.ofSeconds(30);

  /** For {@code lastUsedStep} when the secret has never been used. */
  public static final long NEVER_USED = -1;

  private static final int DRIFT_STEPS = 1;
  private static final String HMAC = "HmacSHA1";

  private final Clock clock;

  public Totp(Clock clock) {
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** The step now: whole 30-second periods since the Unix epoch. */
  public long currentStep() {
    return Math.floorDiv(clock.millis(), STEP.toMillis());
  }

  /** The six-digit code for a step, zero-padded; for tests and enrollment checks. */
  public String codeAt(TotpSecret secret, long step) {
    return hotp(secret.key(), step, DIGITS);
  }

  /**
   * Matches a code typed by the user against the steps around now.
   *
   * @param code the code as typed; spaces are ignored
   * @param lastUsedStep the step returned by the last successful verification, or {@link
   *     #NEVER_USED}
   * @return the matched step, to store as the new {@code lastUsedStep}; empty for a wrong,
   *     malformed, expired or already used code
   */
  public OptionalLong verify(TotpSecret secret, String code, long lastUsedStep) {
    Objects.requireNonNull(secret, "secret");
    if (code == null) {
      return OptionalLong.empty();
    }
    String digits = code.replace(" ", "");
    if (!digits.matches("[0-9]{" + DIGITS + "}")) {
      return OptionalLong.empty();
    }
    byte[] typed = digits.getBytes(StandardCharsets.US_ASCII);
    byte[] key = secret.key();
    long now = currentStep();
    OptionalLong matched = OptionalLong.empty();
    // Every candidate is computed and compared, so timing does not tell which one matched.
    for (long step = now - DRIFT_STEPS; step <= now + DRIFT_STEPS; step++) {
      byte[] expected = hotp(key, step, DIGITS).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(typed, expected) && step > lastUsedStep && matched.isEmpty()) {
        matched = OptionalLong.of(step);
      }
    }
    return matched;
  }

  /** RFC 4226 HOTP: HMAC of the counter, dynamic truncation, the low decimal digits. */
  static String hotp(byte[] key, long counter, int digits) {
    byte[] hash;
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(new SecretKeySpec(key, HMAC));
      hash = mac.doFinal(ByteBuffer.allocate(Long.BYTES).putLong(counter).array());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(HMAC + " is required by Java SE but unavailable", e);
    }
    int offset = hash[hash.length - 1] & 0x0f;
    int binary =
        ((hash[offset] & 0x7f) << 24)
            | ((hash[offset + 1] & 0xff) << 16)
            | ((hash[offset + 2] & 0xff) << 8)
            | (hash[offset + 3] & 0xff);
    int modulus = (int) Math.pow(10, digits);
    return String.format("%0" + digits + "d", binary % modulus);
  }
}
