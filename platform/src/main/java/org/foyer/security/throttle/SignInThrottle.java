package org.foyer.security.throttle;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows down password guessing without letting a stranger lock anyone out.
 *
 * <p>Per account and source: a source is the client address, or a device that has signed in to the
 * account before ({@link Source#knownDevice}). After {@value #FREE_FAILURES} failures, each further
 * attempt must wait 2<sup>n-3</sup> seconds after the n-th failure (capped at one minute); the
 * {@value #PAIR_LOCK_FAILURES}th failure within {@link #WINDOW} pauses that account from that
 * source for {@link #LOCK}. The account stays open from every other address and from its known
 * devices, so someone who knows an email cannot keep its owner out (the account-wide lock this
 * replaces could be held forever by ten wrong passwords every quarter hour).
 *
 * <p>Per address: after {@value #ADDRESS_FREE_FAILURES} failures the same doubling delay applies to
 * every account tried from it, and {@value #ADDRESS_LOCK_FAILURES} failures lock the address for
 * {@link #LOCK}, which catches one client trying many accounts. Known devices skip the address
 * limits, so a household or office that shares an address with an attacker still gets in.
 *
 * <p>Unknown accounts must be treated exactly like known ones: call {@link #check} before looking
 * the account up and {@link #recordFailure} for every failed attempt, including those naming
 * nobody. The throttle never knows whether an account exists, so its verdicts cannot be used to
 * find out.
 *
 * <p>State is in memory and per application instance: in a cluster, each instance counts
 * separately, so an attacker spreading attempts over n instances gets n times the budget. Memory is
 * bounded: each map keeps at most {@code capacity} entries and evicts the one whose last failure is
 * oldest.
 *
 * <p>Thread-safe: one lock guards all state; each call does a few map operations.
 *
 * <p>Not final, so that CDI can proxy it when the platform produces one shared instance with a
 * normal scope ({@code @ApplicationScoped}); it is not meant to be subclassed otherwise.
 */
public class SignInThrottle {

  static final int FREE_FAILURES = 3;
  static final int PAIR_LOCK_FAILURES = 10;
  static final int ADDRESS_FREE_FAILURES = 10;
  static final int ADDRESS_LOCK_FAILURES = 50;
  static final Duration WINDOW = Duration.ofMinutes(15);
  public static final Duration LOCK = Duration.ofMinutes(15);
  static final Duration MAX_DELAY = Duration.ofSeconds(60);
  public static final int DEFAULT_CAPACITY = 100_000;

  // Neither an email nor an address contains it, so a pair key splits back unambiguously.
  private static final char SEPARATOR = '\u0000';

  private final Clock clock;
  private final BoundedCounts pairs;
  private final BoundedCounts addresses;

  public SignInThrottle(Clock clock) {
    this(clock, DEFAULT_CAPACITY);
  }

  /** A throttle remembering at most {@code capacity} account-source pairs and as many addresses. */
  public SignInThrottle(Clock clock, int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity must be positive, was " + capacity);
    }
    this.clock = Objects.requireNonNull(clock, "clock");
    this.pairs = new BoundedCounts(capacity, WINDOW);
    this.addresses = new BoundedCounts(capacity, WINDOW);
  }

  /**
   * Where an attempt comes from: the client address, and the device id when the browser carries a
   * valid known-device cookie for this very account.
   */
  public record Source(String address, Optional<String> knownDevice) {
    public Source {
      Objects.requireNonNull(address, "address");
      Objects.requireNonNull(knownDevice, "knownDevice");
    }

    public static Source address(String address) {
      return new Source(address, Optional.empty());
    }

    String pairPart() {
      return knownDevice.map(d -> "device:" + d).orElse("address:" + address);
    }
  }

  /** What a recorded failure did. */
  public enum Failure {
    COUNTED,
    /** This failure paused the account from this source: tell the account holder. */
    PAUSED
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

  public Verdict check(String accountKey, String address) {
    return check(accountKey, Source.address(address));
  }

  /** Whether a sign-in attempt may proceed now; records nothing. */
  public synchronized Verdict check(String accountKey, Source source) {
    Instant now = clock.instant();
    Instant notBefore = notBefore(pairs.find(pairKey(accountKey, source)), now, FREE_FAILURES);
    if (source.knownDevice().isEmpty()) {
      notBefore =
          max(notBefore, notBefore(addresses.find(source.address()), now, ADDRESS_FREE_FAILURES));
    }
    return now.isBefore(notBefore)
        ? Verdict.refusedFor(Duration.between(now, notBefore))
        : Verdict.ALLOWED;
  }

  public Failure recordFailure(String accountKey, String address) {
    return recordFailure(accountKey, Source.address(address));
  }

  /** Counts a failed attempt (wrong password, unknown account, wrong second factor). */
  public synchronized Failure recordFailure(String accountKey, Source source) {
    Instant now = clock.instant();
    FailureCount pair = pairs.getOrCreate(pairKey(accountKey, source), now);
    Failure result = Failure.COUNTED;
    if (pair.record(now, WINDOW) >= PAIR_LOCK_FAILURES) {
      pair.lockUntil(now.plus(LOCK));
      result = Failure.PAUSED;
    }
    FailureCount client = addresses.getOrCreate(source.address(), now);
    if (client.record(now, WINDOW) >= ADDRESS_LOCK_FAILURES) {
      client.lockUntil(now.plus(LOCK));
    }
    return result;
  }

  public void recordSuccess(String accountKey, String address) {
    recordSuccess(accountKey, Source.address(address));
  }

  /**
   * Forgets the pair's failures after a successful sign-in. The address keeps its count: a client
   * guessing many accounts must not reset its budget by signing in to its own.
   */
  public synchronized void recordSuccess(String accountKey, Source source) {
    pairs.remove(pairKey(accountKey, source));
  }

  /**
   * Forgets every pause and delay of the account, from every source: its owner proved control of
   * the mailbox by resetting the password.
   */
  public synchronized void forgetAccount(String accountKey) {
    pairs.removeIf(key -> key.startsWith(requireKey(accountKey) + SEPARATOR));
  }

  /** How many pairs and addresses are remembered; for tests and metrics. */
  synchronized int size() {
    return pairs.size() + addresses.size();
  }

  private static String pairKey(String accountKey, Source source) {
    return requireKey(accountKey) + SEPARATOR + Objects.requireNonNull(source, "source").pairPart();
  }

  private static Instant notBefore(FailureCount count, Instant now, int free) {
    if (count == null) {
      return Instant.MIN;
    }
    int failures = count.failures(now, WINDOW);
    Instant delayed =
        failures >= free ? count.lastFailure().plus(delay(failures, free)) : Instant.MIN;
    return max(delayed, count.lockedUntil());
  }

  /** The wait after an account's n-th failure from one source: 1, 2, 4, ... seconds. */
  static Duration delay(int failures) {
    return delay(failures, FREE_FAILURES);
  }

  /**
   * The wait after the n-th failure when {@code free} cost nothing: 1, 2, 4, ... seconds, at most
   * {@link #MAX_DELAY}.
   */
  static Duration delay(int failures, int free) {
    int exponent = failures - free;
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
}
