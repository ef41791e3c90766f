package org.foyer.security.signin.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import javax.crypto.spec.SecretKeySpec;
import org.foyer.fixtures.MovableClock;
import org.foyer.security.signin.SampleKeys;
import org.foyer.security.throttle.SignInThrottle;
import org.junit.jupiter.api.Test;

/** The known-device cookie: recognised for its own account only, unforgeable, and it expires. */
class KnownDevicesTest {

  static final String CLEO = SignInThrottle.accountKey("demo", "cleo@example.org");
  static final String JORDAN = SignInThrottle.accountKey("demo", "jordan@example.org");

  final MovableClock clock = new MovableClock(Instant.parse("2026-12-03T07:00:00Z"));
  final KnownDevices devices = new KnownDevices(SampleKeys.MASTER_KEY::key, clock);

  @Test
  void aDeviceIsRecognisedForTheAccountItSignedInTo() {
    String cookie = devices.issue(CLEO);

    assertThat(devices.recognise(cookie, CLEO)).isPresent();
    assertThat(devices.recognise(cookie, JORDAN)).isEmpty();
    assertThat(devices.recognise(cookie, SignInThrottle.accountKey("other", "cleo@example.org")))
        .isEmpty();
  }

  @Test
  void twoSignInsGiveTwoDevices() {
    assertThat(devices.recognise(devices.issue(CLEO), CLEO))
        .isNotEqualTo(devices.recognise(devices.issue(CLEO), CLEO));
  }

  @Test
  void aCookieExpiresAfterHalfAYear() {
    String cookie = devices.issue(CLEO);
    clock.advance(KnownDevices.LIFETIME.minus(Duration.ofSeconds(1)));
    assertThat(devices.recognise(cookie, CLEO)).isPresent();
    clock.advance(Duration.ofSeconds(1));
    assertThat(devices.recognise(cookie, CLEO)).isEmpty();
  }

  @Test
  void forgedTamperedAndHostileValuesAreStrangers() {
    String cookie = devices.issue(CLEO);
    String[] parts = cookie.split("\\.");
    String laterExpiry = parts[0] + "." + (Long.parseLong(parts[1]) + 1) + "." + parts[2];
    String underAnotherKey =
        new KnownDevices(
                () ->
                    new SecretKeySpec(
                        "another master key 32 bytes long".getBytes(StandardCharsets.US_ASCII),
                        "AES"),
                clock)
            .issue(CLEO);

    assertThat(devices.recognise(laterExpiry, CLEO)).isEmpty();
    assertThat(devices.recognise(underAnotherKey, CLEO)).isEmpty();
    assertThat(devices.recognise("", CLEO)).isEmpty();
    assertThat(devices.recognise((String) null, CLEO)).isEmpty();
    assertThat(devices.recognise("x".repeat(100_000), CLEO)).isEmpty();
    assertThat(devices.recognise(cookie + ".extra", CLEO)).isEmpty();
  }
}
