package org.foyer.security.throttle;

import java.time.Duration;
import java.time.Instant;

/**
 * Failed sign-ins for one key within a fixed window that opens at its first failure. A fixed window
 * (rather than a list of timestamps) keeps every entry a few fields, whatever an attacker does.
 */
final class FailureCount {

  private Instant windowStart;
  private Instant lastFailure;
  private int failures;
  private Instant lockedUntil = Instant.MIN;

  /** Counts one failure and returns the number of failures in the current window. */
  int record(Instant now, Duration window) {
    if (failures == 0 || !now.isBefore(windowStart.plus(window))) {
      windowStart = now;
      failures = 0;
    }
    failures++;
    lastFailure = now;
    return failures;
  }

  /** Failures in the window still open at {@code now}; zero once it has closed. */
  int failures(Instant now, Duration window) {
    return failures == 0 || !now.isBefore(windowStart.plus(window)) ? 0 : failures;
  }

  Instant lastFailure() {
    return lastFailure;
  }

  /** Locks until the given time and starts counting afresh once the lock ends. */
  void lockUntil(Instant until) {
    lockedUntil = until;
    failures = 0;
  }

  Instant lockedUntil() {
    return lockedUntil;
  }

  /** Nothing left to remember: no open window and no lock. */
  boolean isSpent(Instant now, Duration window) {
    return failures(now, window) == 0 && !now.isBefore(lockedUntil);
  }
}
