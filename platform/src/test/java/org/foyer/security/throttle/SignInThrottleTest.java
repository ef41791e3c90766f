package org.foyer.security.throttle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.foyer.fixtures.MovableClock;
import org.foyer.security.throttle.SignInThrottle.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SignInThrottleTest {

  private static final String JANE = SignInThrottle.accountKey("demo", "jane@example.org");
  private static final String NOBODY = SignInThrottle.accountKey("demo", "nobody@example.org");
  private static final String HOME = "203.0.113.7";
  private static final String CAFE = "198.51.100.20";

  private final MovableClock clock = new MovableClock(Instant.parse("2025-03-01T09:00:00Z"));
  private final SignInThrottle throttle = new SignInThrottle(clock);

  private void fail(String account, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.recordFailure(account, address);
    }
  }

  @Test
  void firstAttemptIsAllowed() {
    assertThat(throttle.check(JANE, HOME)).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void twoFailuresCostNothing() {
    fail(JANE, HOME, 2);

    assertThat(throttle.check(JANE, HOME).allowed()).isTrue();
  }

  @Test
  void thirdFailureMakesTheNextAttemptWaitOneSecond() {
    fail(JANE, HOME, 3);

    assertThat(throttle.check(JANE, HOME)).isEqualTo(Verdict.refusedFor(Duration.ofSeconds(1)));
    clock.advance(Duration.ofMillis(999));
    assertThat(throttle.check(JANE, HOME).allowed()).isFalse();
    clock.advance(Duration.ofMillis(1));
    assertThat(throttle.check(JANE, HOME).allowed()).isTrue();
  }

  @ParameterizedTest(name = "after {0} failures the wait is {1} s")
  @CsvSource({"3, 1", "4, 2", "5, 4", "6, 8", "7, 16", "8, 32", "9, 60"})
  void delayDoublesWithEachFailureUpToOneMinute(int failures, long seconds) {
    for (int i = 0; i < failures; i++) {
      throttle.recordFailure(JANE, HOME);
      clock.advance(Duration.ofSeconds(1));
    }
    clock.advance(Duration.ofSeconds(-1));

    assertThat(throttle.check(JANE, HOME).retryAfter()).isEqualTo(Duration.ofSeconds(seconds));
    clock.advance(Duration.ofSeconds(seconds));
    assertThat(throttle.check(JANE, HOME).allowed()).isTrue();
  }

  @Test
  void retryAfterCountsDownFromTheLastFailure() {
    fail(JANE, HOME, 6);
    clock.advance(Duration.ofMillis(5_500));

    assertThat(throttle.check(JANE, HOME).retryAfter()).isEqualTo(Duration.ofSeconds(3));
  }

  @Test
  void delayIsNeverMoreThanOneMinute() {
    assertThat(SignInThrottle.delay(9)).isEqualTo(Duration.ofSeconds(60));
    assertThat(SignInThrottle.delay(40)).isEqualTo(Duration.ofSeconds(60));
    assertThat(SignInThrottle.delay(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(60));
  }

  @Test
  void tenthFailureWithinFifteenMinutesPausesTheAccountFromThatAddressForFifteenMinutes() {
    fail(JANE, HOME, 10);

    assertThat(throttle.check(JANE, HOME)).isEqualTo(Verdict.refusedFor(Duration.ofMinutes(15)));
    clock.advance(Duration.ofMinutes(15).minusSeconds(1));
    assertThat(throttle.check(JANE, HOME).allowed()).isFalse();
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.check(JANE, HOME).allowed()).isTrue();
  }

  @Test
  void anAttackerPausingTheAccountFromAnotherAddressCannotStopTheOwner() {
    fail(JANE, CAFE, 10);

    assertThat(throttle.check(JANE, CAFE).allowed()).isFalse();
    assertThat(throttle.check(JANE, HOME)).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void theAttackerCanKeepPausingOnlyItself() {
    for (int round = 0; round < 8; round++) {
      fail(JANE, CAFE, 10);
      clock.advance(Duration.ofMinutes(15));
    }

    assertThat(throttle.check(JANE, HOME)).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void aKnownDevicePassesEvenFromTheAttackersOwnAddress() {
    Source owner = new Source(CAFE, Optional.of("device-1"));
    fail(JANE, CAFE, 10);
    for (int i = 0; i < 50; i++) {
      throttle.recordFailure(SignInThrottle.accountKey("demo", "user" + i + "@example.org"), CAFE);
    }

    assertThat(throttle.check(JANE, CAFE).allowed()).isFalse();
    assertThat(throttle.check(JANE, owner)).isEqualTo(Verdict.ALLOWED);
  }

  @Test
  void aKnownDeviceIsStillThrottledOnItsOwn() {
    Source device = new Source(HOME, Optional.of("device-1"));
    for (int i = 0; i < 10; i++) {
      throttle.recordFailure(JANE, device);
    }

    assertThat(throttle.check(JANE, device).retryAfter()).isEqualTo(Duration.ofMinutes(15));
    assertThat(throttle.check(JANE, new Source(HOME, Optional.of("device-2"))).allowed()).isTrue();
  }

  @Test
  void onlyTheFailureThatPausesTheAccountSaysSo() {
    for (int i = 1; i < 10; i++) {
      assertThat(throttle.recordFailure(JANE, CAFE)).isEqualTo(SignInThrottle.Failure.COUNTED);
    }
    assertThat(throttle.recordFailure(JANE, CAFE)).isEqualTo(SignInThrottle.Failure.PAUSED);
    assertThat(throttle.recordFailure(JANE, CAFE)).isEqualTo(SignInThrottle.Failure.COUNTED);
  }

  @Test
  void aPasswordResetLiftsEveryPauseOfTheAccountOnly() {
    fail(JANE, HOME, 10);
    fail(JANE, CAFE, 10);
    fail(NOBODY, "192.0.2.4", 10);

    throttle.forgetAccount(JANE);
    clock.advance(Duration.ofSeconds(1));

    assertThat(throttle.check(JANE, HOME).allowed()).isTrue();
    assertThat(throttle.check(JANE, CAFE).allowed()).isTrue();
    assertThat(throttle.check(NOBODY, "192.0.2.4").allowed()).isFalse();
  }

  @Test
  void failuresFromOneAddressOverManyAccountsDelayItProgressively() {
    for (int i = 0; i < 10; i++) {
      throttle.recordFailure(SignInThrottle.accountKey("demo", "user" + i + "@example.org"), CAFE);
    }
    assertThat(throttle.check(JANE, CAFE).retryAfter()).isEqualTo(Duration.ofSeconds(1));
    throttle.recordFailure(NOBODY, CAFE);
    assertThat(throttle.check(JANE, CAFE).retryAfter()).isEqualTo(Duration.ofSeconds(2));
    assertThat(throttle.check(JANE, HOME).allowed()).isTrue();
  }

  @Test
  void afterTheLockEndsCountingStartsAfresh() {
    fail(JANE, HOME, 10);
    clock.advance(Duration.ofMinutes(15));

    fail(JANE, HOME, 2);

    assertThat(throttle.check(JANE, HOME).allowed()).isTrue();
  }

  @Test
  void failuresSpreadOverMoreThanFifteenMinutesDoNotLock() {
    fail(JANE, HOME, 9);
    clock.advance(Duration.ofMinutes(15));

    throttle.recordFailure(JANE, HOME);

    assertThat(throttle.check(JANE, HOME).allowed()).isTrue();
  }

  @Test
  void ninthFailureJustBeforeTheWindowClosesStillCounts() {
    fail(JANE, HOME, 9);
    clock.advance(Duration.ofMinutes(15).minusMillis(1));

    throttle.recordFailure(JANE, HOME);

    assertThat(throttle.check(JANE, HOME).retryAfter()).isEqualTo(Duration.ofMinutes(15));
  }

  @Test
  void lockedAccountAndUnknownAccountGetTheSameVerdict() {
    fail(JANE, HOME, 10);
    fail(NOBODY, CAFE, 10);

    assertThat(throttle.check(NOBODY, CAFE)).isEqualTo(throttle.check(JANE, HOME));
  }

  @Test
  void delayedAccountAndUnknownAccountGetTheSameVerdict() {
    fail(JANE, HOME, 5);
    fail(NOBODY, CAFE, 5);

    assertThat(throttle.check(NOBODY, CAFE)).isEqualTo(throttle.check(JANE, HOME));
  }

  @Test
  void successClearsTheAccountsFailures() {
    fail(JANE, HOME, 5);
    clock.advance(Duration.ofSeconds(4));

    throttle.recordSuccess(JANE, HOME);
    fail(JANE, HOME, 2);

    assertThat(throttle.check(JANE, HOME).allowed()).isTrue();
  }

  @Test
  void oneAccountsFailuresDoNotSlowAnother() {
    fail(NOBODY, HOME, 10);

    assertThat(throttle.check(JANE, CAFE).allowed()).isTrue();
  }

  @Test
  void accountKeyIgnoresCaseAndSurroundingSpaces() {
    assertThat(SignInThrottle.accountKey(" Demo", "Jane@Example.org ")).isEqualTo(JANE);
    assertThat(SignInThrottle.accountKey("other", "jane@example.org")).isNotEqualTo(JANE);
  }

  @Test
  void fiftyFailuresFromOneAddressLockTheAddressForEveryAccount() {
    for (int i = 0; i < 50; i++) {
      throttle.recordFailure(SignInThrottle.accountKey("demo", "user" + i + "@example.org"), CAFE);
    }

    assertThat(throttle.check(JANE, CAFE)).isEqualTo(Verdict.refusedFor(Duration.ofMinutes(15)));
    assertThat(throttle.check(JANE, HOME).allowed()).isTrue();
    clock.advance(Duration.ofMinutes(15));
    assertThat(throttle.check(JANE, CAFE).allowed()).isTrue();
  }

  @Test
  void fortyNineFailuresFromOneAddressDelayButDoNotLockIt() {
    for (int i = 0; i < 49; i++) {
      throttle.recordFailure(SignInThrottle.accountKey("demo", "user" + i + "@example.org"), CAFE);
    }

    assertThat(throttle.check(JANE, CAFE).retryAfter()).isEqualTo(Duration.ofMinutes(1));
    clock.advance(Duration.ofMinutes(1));
    assertThat(throttle.check(JANE, CAFE).allowed()).isTrue();
  }

  @Test
  void successDoesNotResetTheAddressCount() {
    for (int i = 0; i < 49; i++) {
      throttle.recordFailure(SignInThrottle.accountKey("demo", "user" + i + "@example.org"), CAFE);
    }
    throttle.recordSuccess(JANE, CAFE);

    throttle.recordFailure(NOBODY, CAFE);

    assertThat(throttle.check(JANE, CAFE).allowed()).isFalse();
  }

  @Test
  void spentEntriesArePruned() {
    SignInThrottle small = new SignInThrottle(clock, 1_000);
    for (int i = 0; i < 100; i++) {
      small.recordFailure("account" + i, "address" + i);
    }
    clock.advance(Duration.ofMinutes(16));

    small.recordFailure(JANE, HOME);

    assertThat(small.size()).isEqualTo(2);
  }

  @Test
  void memoryIsBoundedByEvictingTheOldestEntries() {
    SignInThrottle small = new SignInThrottle(clock, 3);
    for (int i = 0; i < 10; i++) {
      small.recordFailure(JANE, HOME);
    }
    for (int i = 0; i < 3; i++) {
      small.recordFailure("account" + i, "address" + i);
    }

    assertThat(small.size()).isEqualTo(6);
    assertThat(small.check(JANE, HOME).allowed()).isTrue();
  }

  @Test
  void capacityMustBePositive() {
    assertThatThrownBy(() -> new SignInThrottle(clock, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("capacity");
  }

  @Test
  void missingKeysAreRefused() {
    assertThatThrownBy(() -> throttle.check(null, HOME)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> throttle.recordFailure(JANE, (String) null))
        .isInstanceOf(NullPointerException.class);
  }

  @Test
  void verdictShapeIsConsistent() {
    assertThat(Verdict.refusedFor(Duration.ofMillis(1)).retryAfter())
        .isEqualTo(Duration.ofSeconds(1));
    assertThat(Verdict.refusedFor(Duration.ofMillis(1001)).retryAfter())
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(Verdict.refusedFor(Duration.ZERO).allowed()).isFalse();
    assertThatThrownBy(() -> new Verdict(true, Duration.ofSeconds(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new Verdict(false, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void concurrentFailuresAreAllCounted() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<?>> done = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      done.add(
          pool.submit(
              () -> throttle.recordFailure("account-" + Thread.currentThread().getId(), CAFE)));
    }
    for (Future<?> f : done) {
      f.get();
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(10, TimeUnit.SECONDS)).isTrue();

    assertThat(throttle.check(JANE, CAFE).allowed()).isFalse();
  }
}
