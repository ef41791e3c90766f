package org.foyer.security.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * At most {@code limit} requests per key within a window that opens at the key's first request, for
 * things that send mail on demand (password reset links). Bounded and in memory like {@link
 * SignInThrottle}; thread-safe.
 */
public class RequestLimit {

  private final Clock clock;
  private final int limit;
  private final Duration window;
  private final BoundedCounts counts;

  public RequestLimit(Clock clock, int limit, Duration window, int capacity) {
    if (limit < 1 || capacity < 1) {
      throw new IllegalArgumentException("limit and capacity must be positive");
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.limit = limit;
    this.window = Objects.requireNonNull(window, "window");
    this.counts = new BoundedCounts(capacity, window);
  }

  /** Counts a request and says whether it is within the limit. */
  public synchronized boolean tryAcquire(String key) {
    Instant now = clock.instant();
    return counts.getOrCreate(Objects.requireNonNull(key, "key"), now).record(now, window) <= limit;
  }
}
