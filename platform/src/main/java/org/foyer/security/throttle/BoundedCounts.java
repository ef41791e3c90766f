package org.foyer.security.throttle;

import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Failure counts by key, at most {@code capacity} of them: the least recently failed entry is
 * evicted first, and spent entries are dropped as the oldest ones are passed. Not thread-safe;
 * {@link SignInThrottle} guards it.
 */
final class BoundedCounts {

  private final int capacity;
  private final Duration window;
  private final LinkedHashMap<String, FailureCount> counts;

  BoundedCounts(int capacity, Duration window) {
    this.capacity = capacity;
    this.window = window;
    this.counts = new LinkedHashMap<>();
  }

  FailureCount find(String key) {
    return counts.get(key);
  }

  FailureCount getOrCreate(String key, Instant now) {
    prune(now);
    // Re-inserting moves the entry to the young end, so the map stays in order of last failure.
    FailureCount count = counts.remove(key);
    if (count == null) {
      count = new FailureCount();
    }
    counts.put(key, count);
    if (counts.size() > capacity) {
      Iterator<String> eldest = counts.keySet().iterator();
      eldest.next();
      eldest.remove();
    }
    return count;
  }

  void remove(String key) {
    counts.remove(key);
  }

  /** Walks every entry: only for rare events (a password reset), never per request. */
  void removeIf(Predicate<String> key) {
    counts.keySet().removeIf(key);
  }

  int size() {
    return counts.size();
  }

  /**
   * Drops spent entries from the old end, stopping at the first live one; amortised, each entry is
   * looked at once after it goes quiet.
   */
  private void prune(Instant now) {
    Iterator<Map.Entry<String, FailureCount>> it = counts.entrySet().iterator();
    while (it.hasNext()) {
      if (!it.next().getValue().isSpent(now, window)) {
        return;
      }
      it.remove();
    }
  }
}
