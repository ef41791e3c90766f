package org.foyer.security.throttle;

import java.time.Duration;
import java.util.Objects;

/**
 * Whether a sign-in attempt may proceed now and, if not, how long to wait. A refusal carries no
 * reason (delay, locked account or locked address) so that the page shows one message for all of
 * them and nothing about whether the account exists.
 *
 * @param allowed whether the attempt may go ahead
 * @param retryAfter zero when allowed, otherwise whole seconds, at least one
 */
public record Verdict(boolean allowed, Duration retryAfter) {

  public static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

  public Verdict {
    Objects.requireNonNull(retryAfter, "retryAfter");
    if (allowed != retryAfter.isZero()) {
      throw new IllegalArgumentException(
          "an allowed verdict has no wait and a refusal has one, was "
              + allowed
              + " with "
              + retryAfter);
    }
  }

  /**
   * A refusal; the wait is rounded up to whole seconds (at least one) for a {@code Retry-After}
   * header and so as not to reveal sub-second state.
   */
  public static Verdict refusedFor(Duration wait) {
    long millis = Math.max(1, wait.toMillis());
    return new Verdict(false, Duration.ofSeconds((millis + 999) / 1000));
  }
}
