package org.foyer.security.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TotpSecretTest {

  private static final TotpSecret RFC_SECRET =
      TotpSecret.of("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

  @Test
  void generatedSecretHasTwentyRandomBytes() {
    TotpSecret one = TotpSecret.generate();
    TotpSecret two = TotpSecret.generate();

    assertThat(one.key()).hasSize(20);
    assertThat(one.toBase32()).hasSize(32);
    assertThat(one).isNotEqualTo(two);
  }

  @Test
  void base32FormRoundTrips() {
    assertThat(RFC_SECRET.toBase32()).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    assertThat(TotpSecret.fromBase32("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")).isEqualTo(RFC_SECRET);
    assertThat(TotpSecret.fromBase32("gezdgnbvgy3tqojqgezdgnbvgy3tqojq")).isEqualTo(RFC_SECRET);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ!", "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJ0", "MZXW6"})
  void malformedOrShortBase32IsRefused(String text) {
    assertThatThrownBy(() -> TotpSecret.fromBase32(text))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void secretShorterThan128BitsIsRefused() {
    assertThatThrownBy(() -> TotpSecret.of(new byte[15]))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("at least 16 bytes");
  }

  @Test
  void secretIsCopiedInAndOut() {
    byte[] bytes = "12345678901234567890".getBytes(StandardCharsets.US_ASCII);
    TotpSecret secret = TotpSecret.of(bytes);

    bytes[0] = 'x';
    secret.key()[1] = 'y';

    assertThat(secret).isEqualTo(RFC_SECRET);
  }

  @Test
  void toStringDoesNotRevealTheSecret() {
    assertThat(RFC_SECRET.toString()).doesNotContain(RFC_SECRET.toBase32()).contains("hidden");
  }

  @Test
  void otpauthUriCarriesEveryParameter() {
    assertThat(RFC_SECRET.otpauthUri("Calm Waters", "jane@example.org"))
        .isEqualTo(
            "otpauth://totp/Calm%20Waters:jane%40example.org"
                + "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Calm%20Waters"
                + "&algorithm=SHA1&digits=6&period=30");
  }

  @Test
  void otpauthUriEncodesReservedAndNonAsciiCharacters() {
    String uri = RFC_SECRET.otpauthUri("Mind & Body / Z\u00fcrich?", "a+b@example.org");

    assertThat(uri)
        .startsWith("otpauth://totp/Mind%20%26%20Body%20%2F%20Z%C3%BCrich%3F:a%2Bb%40example.org?")
        .contains("&issuer=Mind%20%26%20Body%20%2F%20Z%C3%BCrich%3F&");
    URI parsed = URI.create(uri);
    assertThat(parsed.getScheme()).isEqualTo("otpauth");
    assertThat(parsed.getPath()).isEqualTo("/Mind & Body / Z\u00fcrich?:a+b@example.org");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  ", "Calm: Waters"})
  void issuerThatCannotBeALabelIsRefused(String issuer) {
    assertThatThrownBy(() -> RFC_SECRET.otpauthUri(issuer, "jane@example.org"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("issuer");
  }

  @Test
  void accountNameWithAColonIsRefused() {
    assertThatThrownBy(() -> RFC_SECRET.otpauthUri("Calm Waters", "jane:doe"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("accountName");
  }
}
