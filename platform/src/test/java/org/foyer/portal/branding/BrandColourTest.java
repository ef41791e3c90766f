package org.foyer.portal.branding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The brand colour a page may use: only #rrggbb, and always legible. */
class BrandColourTest {

  @Test
  void aSettingWrittenAsHexIsTheColourInLowerCase() {
    assertThat(BrandColour.parse(" #2F6F8F ")).contains(new BrandColour("2f6f8f"));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "red",
        "#fff",
        "2f6f8f",
        "#2f6f8f0",
        "#2f6f8g",
        "#2f6f8f;}body{display:none",
        "#2f6f8f\n}",
        "url(https://evil.example/x)",
        "expression(alert(1))",
        "#２f6f8f"
      })
  void anythingElseIsNotAColourAndPagesGetTheDefault(String setting) {
    assertThat(BrandColour.parse(setting)).isEmpty();
    assertThat(BrandColour.ofSetting(setting)).isEqualTo(BrandColour.DEFAULT);
  }

  @Test
  void theValueTypeItselfRefusesAnythingButSixHexDigits() {
    assertThatThrownBy(() -> new BrandColour("2f6f8f;x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BrandColour("2F6F8F"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new BrandColour(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aDarkColourIsItsOwnAccent() {
    BrandColour navy = new BrandColour("1a237e");
    assertThat(navy.accent()).isEqualTo(navy);
  }

  @ParameterizedTest
  @ValueSource(strings = {"ffffff", "ffeb3b", "87ceeb", "2f6f8f", "ff0000", "00ff00", "777777"})
  void theAccentIsAlwaysLegibleAgainstWhite(String hex) {
    BrandColour accent = new BrandColour(hex).accent();
    assertThat(accent.contrastWithWhite()).isGreaterThanOrEqualTo(4.5);
  }

  @Test
  void aPaleColourIsDarkenedNotReplaced() {
    BrandColour yellow = new BrandColour("ffeb3b");
    BrandColour accent = yellow.accent();
    assertThat(accent).isNotEqualTo(yellow).isNotEqualTo(new BrandColour("000000"));
    // Same hue: red and green stay in proportion, blue stays the smallest.
    int rgb = Integer.parseInt(accent.hex(), 16);
    assertThat((rgb >> 16) & 0xff).isGreaterThan(rgb & 0xff);
  }

  @Test
  void theStylesheetSetsBothVariablesAndNothingElse() {
    assertThat(new BrandColour("ffeb3b").stylesheet())
        .startsWith("html:root{--foyer-brand:#ffeb3b;--foyer-accent:#")
        .matches("html:root\\{--foyer-brand:#[0-9a-f]{6};--foyer-accent:#[0-9a-f]{6}\\}\n");
  }
}
