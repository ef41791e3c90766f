package org.foyer.messages.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class NoticeBatchingTest {

  static final Instant NOW = Instant.parse("2026-12-01T15:00:00Z");

  @Test
  void theFirstMessageIsAlwaysTold() {
    assertThat(NoticeBatching.due(null, NOW)).isTrue();
  }

  @Test
  void withinAQuarterHourOfTheLastMailNothingIsSent() {
    assertThat(NoticeBatching.due(NOW.minusSeconds(14 * 60 + 59), NOW)).isFalse();
    assertThat(NoticeBatching.due(NOW, NOW)).isFalse();
  }

  @Test
  void fromAQuarterHourOnTheNextMessageIsTold() {
    assertThat(NoticeBatching.due(NOW.minusSeconds(15 * 60), NOW)).isTrue();
  }
}
