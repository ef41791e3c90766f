package org.foyer.core.mail;

import java.time.Duration;
import java.util.Objects;

/**
 * How often and how patiently a message is retried: exponential backoff from {@code firstDelay},
 * doubling per failed attempt up to {@code maxDelay}, and no more than {@code maxAttempts}
 * attempts. The defaults (8 attempts, 1 minute doubling to at most 1 hour) ride out a mail server's
 * restart or an afternoon's outage and give up within a day.
 */
public record RetryPolicy(int maxAttempts, Duration firstDelay, Duration maxDelay) {

  public static final RetryPolicy DEFAULT =
      new RetryPolicy(8, Duration.ofMinutes(1), Duration.ofHours(1));

  public RetryPolicy {
    if (maxAttempts < 1 || maxAttempts > 100) {
      throw new IllegalArgumentException("Mail is attempted 1 to 100 times, not " + maxAttempts);
    }
    Objects.requireNonNull(firstDelay, "firstDelay");
    Objects.requireNonNull(maxDelay, "maxDelay");
    if (firstDelay.isNegative() || firstDelay.isZero() || maxDelay.compareTo(firstDelay) < 0) {
      throw new IllegalArgumentException(
          "The first retry delay must be positive and no longer than the longest delay");
    }
  }

  /** Whether a message that has used {@code attempts} may not be tried again. */
  public boolean isExhausted(int attempts) {
    return attempts >= maxAttempts;
  }

  /** The wait after the {@code attempts}-th failed attempt (1-based). */
  public Duration delayAfter(int attempts) {
    int doublings = Math.max(0, Math.min(attempts - 1, 30));
    Duration delay = firstDelay.multipliedBy(1L << doublings);
    return delay.compareTo(maxDelay) > 0 ? maxDelay : delay;
  }
}
