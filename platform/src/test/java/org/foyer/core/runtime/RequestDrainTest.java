package org.foyer.core.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RequestDrainTest {

  @Test
  void stopWaitsForTheRequestInFlightAndRefusesNewOnes() throws Exception {
    assertThat(RequestDrain.enter()).isTrue();
    CompletableFuture<Long> stopped =
        CompletableFuture.supplyAsync(
            () -> {
              long start = System.nanoTime();
              RequestDrain.stopAndAwait(Duration.ofSeconds(10));
              return System.nanoTime() - start;
            });
    Thread.sleep(300);
    assertThat(stopped).isNotDone();
    assertThat(RequestDrain.stopping()).isTrue();
    assertThat(RequestDrain.enter()).as("no new request while stopping").isFalse();
    RequestDrain.leave();
    assertThat(stopped.get(5, TimeUnit.SECONDS)).isGreaterThan(Duration.ofMillis(250).toNanos());
  }

  @AfterEach
  void takeRequestsAgain() {
    RequestDrain.resume();
  }
}
