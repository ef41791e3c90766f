package org.foyer.security.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

/**
 * Slows down password guessing, per account and per client address.
 *
 * <p>Per account: after {@value #FREE_FAILURES} failures, each further attempt must wait
 * 2<sup>n-3</sup> seconds after the n-th failure (capped at one minute); the {@value
 * #ACCOUNT_LOCK_FAILURES}th failure within {@link #WINDOW} locks the account for {@link #LOCK}. Per
 * address: {@value #ADDRESS_LOCK_FAILURES} failures within the window lock the address for the same
 * time, which catches one client trying many accounts. A window opens at its first failure and
 * closes {@link #WINDOW} later.
 *
 * <p>Unknown accounts must be treated exactly like known ones: call {@link #check} before looking
 * the account up and {@link #recordFailure} for every failed attempt, including those naming
 * nobody. The throttle never knows whether an account exists, so its verdicts cannot be used to
 * find out.
 *
 * <p>State is in memory and per application instance: in a cluster, each instance counts
 * separately, so an attacker spreading attempts over n instances gets n times the budget. That is
 * acceptable for now; a shared store (Hazelcast, the database) can replace it later. Memory is
 * bounded: each map keeps at most {@code capacity} entries and evicts the one whose last failure is
 * oldest. Someone flooding with many distinct keys can therefore push out an account's count; the
 * per-address lock makes that expensive from one address.
 *
 * <p>Thread-safe: one lock guards all state; each call does a few map operations.
 *
 * <p>Not final, so that CDI can proxy it when the platform produces one shared instance with a
 * normal scope ({@code @ApplicationScoped}); it is not meant to be subclassed otherwise.
 */
public class SignInThrottle {

  static final int FREE_FAILURES = 3;
  static final int ACCOUNT_LOCK_FAILURES = 10;
  static final int ADDRESS_LOCK_FAILURES = 50;
  static final Duration WINDOW = Duration.ofMinutes(15);
  static final Duration LOCK = Duration.ofMinutes(15);
  static final Duration MAX_DELAY = Duration.ofSeconds(60);
  public static final int DEFAULT_CAPACITY = 100_000;

  private final Clock clock;
  private final BoundedCounts accounts;
  private final BoundedCounts addresses;

  public SignInThrottle() {
    this(Clock.systemUTC(), DEFAULT_CAPACITY);
  }

  public SignInThrottle(Clock clock) {
    this(clock, DEFAULT_CAPACITY);
  }

  /** A throttle remembering at most {@code capacity} accounts and as many addresses. */
  public SignInThrottle(Clock clock, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.accounts = new BoundedCounts(capacity, WINDOW);
    this.addresses = new BoundedCounts(capacity, WINDOW);
  }

  /**
   * The key for an account: the practice's slug and the email as typed, trimmed and lower-cased, so
   * that "Jane@Example.org " and "jane@example.org" share one count.
   */
  public static String accountKey(String practiceSlug, String email) {
    Objects.requireNonNull(practiceSlug, "practiceSlug");
    Objects.requireNonNull(email, "email");
    return practiceSlug.strip().toLowerCase(Locale.ROOT)
        + '/'
        + email.strip().toLowerCase(Locale.ROOT);
  }

  /** Whether a sign-in attempt may proceed now; records nothing. */
  public synchronized Verdict check(String accountKey, String address) {
    Instant now = clock.instant();
    Instant notBefore =
        max(accountNotBefore(requireKey(accountKey), now), addressNotBefore(address));
    return now.isBefore(notBefore)
        ? Verdict.refusedFor(Duration.between(now, notBefore))
        : Verdict.ALLOWED;
  }

  /** Counts a failed attempt (wrong password, unknown account, wrong second factor). */
  public synchronized void recordFailure(String accountKey, String address) {
    Instant now = clock.instant();
    FailureCount account = accounts.getOrCreate(requireKey(accountKey), now);
    if (account.record(now, WINDOW) >= ACCOUNT_LOCK_FAILURES) {
      account.lockUntil(now.plus(LOCK));
    }
    FailureCount client = addresses.getOrCreate(address(address), now);
    if (client.record(now, WINDOW) >= ADDRESS_LOCK_FAILURES) {
      client.lockUntil(now.plus(LOCK));
    }
  }

  /**
   * Forgets the account's failures after a successful sign-in. The address keeps its count: a
   * client guessing many accounts must not reset its budget by signing in to its own.
   */
  public synchronized void recordSuccess(String accountKey, String address) {
    Objects.requireNonNull(address, "address");
    accounts.remove(requireKey(accountKey));
  }

  /** How many accounts and addresses are remembered; for tests and metrics. */
  synchronized int size() {
    return accounts.size() + addresses.size();
  }

  private Instant accountNotBefore(String key, Instant now) {
    FailureCount count = accounts.find(key);
    if (count == null) {
      return Instant.MIN;
    }
    int failures = count.failures(now, WINDOW);
    Instant delayed =
        failures >= FREE_FAILURES ? count.lastFailure().plus(delay(failures)) : Instant.MIN;
    return max(delayed, count.lockedUntil());
  }

  private Instant addressNotBefore(String key) {
    FailureCount count = addresses.find(address(key));
    return count == null ? Instant.MIN : count.lockedUntil();
  }

  /** The wait after the n-th failure: 1, 2, 4, ... seconds, at most {@link #MAX_DELAY}. */
  static Duration delay(int failures) {
    int exponent = failures - FREE_FAILURES;
    if (exponent < 0) {
      return Duration.ZERO;
    }
    return exponent >= 6 ? MAX_DELAY : Duration.ofSeconds(Math.min(1L << exponent, 60));
  }

  private static Instant max(Instant a, Instant b) {
    return a.isAfter(b) ? a : b;
  }

  private static String requireKey(String key) {
    return Objects.requireNonNull(key, "accountKey");
  }

  private static String address(String address) {
    return Objects.requireNonNull(address, "address");
  }
}
