package org.foyer.security.totp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TotpTest {

  /** The SHA-1 seed of RFC 6238 Appendix B: the ASCII digits 1 to 0, twice. */
  private static final byte[] RFC_SEED = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);

  private static final TotpSecret SECRET = TotpSecret.of(RFC_SEED);
  // 1111111111 s lies in step 37037037 (starting at 1111111110 s).
  private static final long NOW_SECONDS = 1_111_111_111L;
  private static final long NOW_STEP = 37_037_037L;

  private final Totp totp = totpAt(NOW_SECONDS);

  private static Totp totpAt(long epochSeconds) {
    return new Totp(Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC));
  }

  @ParameterizedTest(name = "at {0} s the code is {1}")
  @CsvSource({
    "59, 94287082",
    "1111111109, 07081804",
    "1111111111, 14050471",
    "1234567890, 89005924",
    "2000000000, 69279037",
    "20000000000, 65353130"
  })
  void rfc6238AppendixBEightDigitVectorsMatch(long epochSeconds, String code) {
    assertThat(Totp.hotp(RFC_SEED, epochSeconds / 30, 8)).isEqualTo(code);
  }

  @ParameterizedTest(name = "at {0} s the six-digit code is {1}")
  @CsvSource({
    "59, 287082",
    "1111111109, 081804",
    "1111111111, 050471",
    "1234567890, 005924",
    "2000000000, 279037",
    "20000000000, 353130"
  })
  void sixDigitCodesAreTheLastSixDigitsOfTheRfcVectors(long epochSeconds, String code) {
    Totp atTime = totpAt(epochSeconds);

    assertThat(atTime.codeAt(SECRET, atTime.currentStep())).isEqualTo(code);
    assertThat(atTime.verify(SECRET, code, Totp.NEVER_USED))
        .isEqualTo(OptionalLong.of(epochSeconds / 30));
  }

  @Test
  void stepBoundariesFallOnMultiplesOfThirtySeconds() {
    assertThat(totpAt(0).currentStep()).isZero();
    assertThat(totpAt(29).currentStep()).isZero();
    assertThat(totpAt(30).currentStep()).isEqualTo(1);
    assertThat(totpAt(1_111_111_109).currentStep()).isEqualTo(37_037_036);
    assertThat(totpAt(1_111_111_110).currentStep()).isEqualTo(NOW_STEP);
  }

  @Test
  void currentCodeIsAcceptedAndItsStepReturned() {
    String code = totp.codeAt(SECRET, NOW_STEP);

    assertThat(totp.verify(SECRET, code, Totp.NEVER_USED)).hasValue(NOW_STEP);
  }

  @Test
  void codeWithSpacesIsAccepted() {
    String code = totp.codeAt(SECRET, NOW_STEP);

    assertThat(totp.verify(SECRET, code.substring(0, 3) + " " + code.substring(3), -1))
        .hasValue(NOW_STEP);
  }

  @ParameterizedTest(name = "drift of {0} step(s) is accepted")
  @ValueSource(longs = {-1, 1})
  void oneStepOfDriftEitherWayIsAccepted(long drift) {
    String code = totp.codeAt(SECRET, NOW_STEP + drift);

    assertThat(totp.verify(SECRET, code, Totp.NEVER_USED)).hasValue(NOW_STEP + drift);
  }

  @ParameterizedTest(name = "drift of {0} steps is refused")
  @ValueSource(longs = {-2, 2})
  void twoStepsOfDriftAreRefused(long drift) {
    String code = totp.codeAt(SECRET, NOW_STEP + drift);

    assertThat(totp.verify(SECRET, code, Totp.NEVER_USED)).isEmpty();
  }

  @Test
  void wrongCodeIsRefused() {
    String code = totp.codeAt(SECRET, NOW_STEP);
    String wrong = String.format("%06d", (Integer.parseInt(code) + 1) % 1_000_000);

    assertThat(totp.verify(SECRET, wrong, Totp.NEVER_USED)).isEmpty();
  }

  @Test
  void codeForAnotherSecretIsRefused() {
    String code = totp.codeAt(TotpSecret.generate(), NOW_STEP);

    assertThat(totp.verify(SECRET, code, Totp.NEVER_USED)).isEmpty();
  }

  @Test
  void reusedStepIsRefused() {
    String code = totp.codeAt(SECRET, NOW_STEP);
    long used = totp.verify(SECRET, code, Totp.NEVER_USED).orElseThrow();

    assertThat(totp.verify(SECRET, code, used)).isEmpty();
  }

  @Test
  void earlierStepThanTheLastUsedIsRefused() {
    String previous = totp.codeAt(SECRET, NOW_STEP - 1);

    assertThat(totp.verify(SECRET, previous, NOW_STEP)).isEmpty();
  }

  @Test
  void nextStepIsAcceptedAfterTheCurrentOneWasUsed() {
    String next = totp.codeAt(SECRET, NOW_STEP + 1);

    assertThat(totp.verify(SECRET, next, NOW_STEP)).hasValue(NOW_STEP + 1);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "12345",
        "1234567",
        "12a456",
        "-12345",
        "\u0661\u0662\u0663\u0664\u0665\u0666"
      })
  void malformedCodeIsRefused(String code) {
    assertThat(totp.verify(SECRET, code, Totp.NEVER_USED)).isEmpty();
  }

  @Test
  void codesAreZeroPaddedToSixDigits() {
    assertThat(totpAt(1_234_567_890).codeAt(SECRET, 41_152_263)).isEqualTo("005924");
  }
}
