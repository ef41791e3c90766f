package org.foyer.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ControlTextTest {

  @Test
  void nulAndOtherControlCharactersAreRefused() {
    assertThat(ControlText.refused("Jo\0rdan")).isTrue();
    assertThat(ControlText.refused("Jo\u0001rdan")).isTrue();
    assertThat(ControlText.refused("bell\u0007")).isTrue();
    assertThat(ControlText.refused("\u001f")).isTrue();
    assertThat(ControlText.refused("del\u007f")).isTrue();
  }

  @Test
  void tabNewlineAndCarriageReturnAreOrdinaryText() {
    assertThat(ControlText.refused("line one\r\nline two\tend")).isFalse();
    assertThat(ControlText.refused("Jordan Ávery")).isFalse();
    assertThat(ControlText.refused("")).isFalse();
    assertThat(ControlText.refused(null)).isFalse();
  }

  @Test
  void withoutKeepsEverythingButTheRefusedCharacters() {
    assertThat(ControlText.without("Jo\0rd\u0007an\u007f")).isEqualTo("Jordan");
    assertThat(ControlText.without("line one\r\nline two\tend"))
        .isEqualTo("line one\r\nline two\tend");
    assertThat(ControlText.without(null)).isNull();
  }
}
