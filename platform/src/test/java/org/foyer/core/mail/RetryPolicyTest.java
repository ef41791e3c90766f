package org.foyer.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {

  final RetryPolicy policy = new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(10));

  @Test
  void theDelayDoublesAfterEachFailedAttemptUpToTheLongestDelay() {
    assertThat(policy.delayAfter(1)).isEqualTo(Duration.ofMinutes(1));
    assertThat(policy.delayAfter(2)).isEqualTo(Duration.ofMinutes(2));
    assertThat(policy.delayAfter(3)).isEqualTo(Duration.ofMinutes(4));
    assertThat(policy.delayAfter(4)).isEqualTo(Duration.ofMinutes(8));
    assertThat(policy.delayAfter(5)).isEqualTo(Duration.ofMinutes(10));
    assertThat(policy.delayAfter(1_000)).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void theLastAllowedAttemptExhaustsThePolicy() {
    assertThat(policy.isExhausted(4)).isFalse();
    assertThat(policy.isExhausted(5)).isTrue();
  }

  @Test
  void theDefaultGivesUpWithinADay() {
    Duration waited = Duration.ZERO;
    for (int attempt = 1; attempt < RetryPolicy.DEFAULT.maxAttempts(); attempt++) {
      waited = waited.plus(RetryPolicy.DEFAULT.delayAfter(attempt));
    }
    assertThat(waited).isLessThan(Duration.ofDays(1)).isGreaterThan(Duration.ofHours(1));
  }

  @Test
  void nonsensicalPoliciesAreRefused() {
    assertThatThrownBy(() -> new RetryPolicy(0, Duration.ofMinutes(1), Duration.ofMinutes(1)))
        .hasMessageContaining("1 to 100");
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ZERO, Duration.ofMinutes(1)))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> new RetryPolicy(3, Duration.ofMinutes(2), Duration.ofMinutes(1)))
        .hasMessageContaining("no longer than");
  }
}
