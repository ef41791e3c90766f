package org.foyer.core.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlCharactersTest {

  @Test
  void anEscapedNulInJsonIsFound() {
    assertThat(ControlCharacters.hasEscapedNul("{\"name\":\"Jo\\u0000rdan\"}")).isTrue();
    assertThat(ControlCharacters.hasEscapedNul("{\"name\":\"\\u0000\"}")).isTrue();
  }

  @Test
  void anEscapedBackslashFollowedByTheTextU0000IsNotANul() {
    assertThat(ControlCharacters.hasEscapedNul("{\"path\":\"C:\\\\u0000\"}")).isFalse();
    assertThat(ControlCharacters.hasEscapedNul("{\"path\":\"\\\\\\u0000\"}")).isTrue();
  }

  @Test
  void otherEscapesAndPlainTextPass() {
    assertThat(ControlCharacters.hasEscapedNul("{\"name\":\"Jo\\u0041\\n\\\"\"}")).isFalse();
    assertThat(ControlCharacters.hasEscapedNul("\\")).isFalse();
    assertThat(ControlCharacters.hasEscapedNul("\\u000")).isFalse();
  }

  @Test
  void aRawNulIsFound() {
    assertThat(ControlCharacters.containsNul("Jo\0rdan")).isTrue();
    assertThat(ControlCharacters.containsNul("Jordan")).isFalse();
    assertThat(ControlCharacters.containsNul(null)).isFalse();
  }

  @Test
  void otherEscapedControlCharactersAreFoundButTabNewlineAndReturnPass() {
    assertThat(ControlCharacters.hasEscapedNul("{\"name\":\"Jo\\u0001rdan\"}")).isTrue();
    assertThat(ControlCharacters.hasEscapedNul("{\"name\":\"Jo\\u001Frdan\"}")).isTrue();
    assertThat(ControlCharacters.hasEscapedNul("{\"name\":\"Jo\\brdan\"}")).isTrue();
    assertThat(ControlCharacters.hasEscapedNul("{\"note\":\"a\\tb\\r\\nc\\u0009\\u000a\"}"))
        .isFalse();
  }

  @Test
  void percentEncodedControlCharactersInAFormAreFound() {
    assertThat(ControlCharacters.hasEncodedControl("name=Jo%00rdan")).isTrue();
    assertThat(ControlCharacters.hasEncodedControl("name=Jo%01rdan")).isTrue();
    assertThat(ControlCharacters.hasEncodedControl("name=Jo%7Frdan")).isTrue();
    assertThat(ControlCharacters.hasEncodedControl("note=a%0D%0Ab%09c%20d%")).isFalse();
  }
}
