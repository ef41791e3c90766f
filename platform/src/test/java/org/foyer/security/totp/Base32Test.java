package org.foyer.security.totp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class Base32Test {

  @ParameterizedTest(name = "\"{0}\" encodes to \"{1}\"")
  @CsvSource({
    "'', ''",
    "f, MY",
    "fo, MZXQ",
    "foo, MZXW6",
    "foob, MZXW6YQ",
    "fooba, MZXW6YTB",
    "foobar, MZXW6YTBOI"
  })
  void rfc4648VectorsEncodeWithoutPaddingAndDecodeBack(String plain, String encoded) {
    byte[] bytes = plain.getBytes(StandardCharsets.US_ASCII);

    assertThat(Base32.encode(bytes)).isEqualTo(encoded);
    assertThat(Base32.decode(encoded)).isEqualTo(bytes);
  }

  @Test
  void lowerCaseIsAccepted() {
    assertThat(Base32.decode("mzxw6ytboi")).isEqualTo("foobar".getBytes(StandardCharsets.US_ASCII));
  }

  @ParameterizedTest
  @ValueSource(strings = {"MZ0Q", "MZ1Q", "MZ8Q", "MZ!W", "MZ W6", "\u00c9Y"})
  void characterOutsideTheAlphabetIsRefused(String text) {
    assertThatThrownBy(() -> Base32.decode(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid character");
  }

  @ParameterizedTest
  @ValueSource(strings = {"M", "MZX", "MZXW6Y", "MZXW6YTBO"})
  void impossibleLengthIsRefused(String text) {
    assertThatThrownBy(() -> Base32.decode(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("impossible length");
  }

  @Test
  void paddingIsRefused() {
    assertThatThrownBy(() -> Base32.decode("MY======"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nonZeroTrailingBitsAreRefusedSoEveryEncodingIsCanonical() {
    assertThatThrownBy(() -> Base32.decode("MZ"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("trailing bits");
  }

  @Property
  void decodingAnEncodingGivesTheSameBytes(@ForAll byte[] bytes) {
    String encoded = Base32.encode(bytes);

    assertThat(encoded).matches("[A-Z2-7]*").hasSize((bytes.length * 8 + 4) / 5);
    assertThat(Base32.decode(encoded)).isEqualTo(bytes);
  }
}
