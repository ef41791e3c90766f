package org.foyer.core.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.faces.convert.ConverterException;
import org.junit.jupiter.api.Test;

class StorableTextTest {

  private final StorableText text = new StorableText();

  @Test
  void textWithANulCharacterIsRefusedWithAFieldMessage() {
    assertThatThrownBy(() -> text.getAsObject(null, null, "Jo\0rdan"))
        .isInstanceOf(ConverterException.class)
        .satisfies(
            e ->
                assertThat(((ConverterException) e).getFacesMessage().getSummary())
                    .isEqualTo(StorableText.MESSAGE));
  }

  @Test
  void otherControlCharactersAreRefusedToo() {
    assertThatThrownBy(() -> text.getAsObject(null, null, "Jo\u0001rdan"))
        .isInstanceOf(ConverterException.class);
    assertThatThrownBy(() -> text.getAsObject(null, null, "Jo\u007frdan"))
        .isInstanceOf(ConverterException.class);
  }

  @Test
  void ordinaryTextPassesUnchanged() {
    assertThat(text.getAsObject(null, null, "two\r\nlines")).isEqualTo("two\r\nlines");
    assertThat(text.getAsObject(null, null, "Jordan Ávery\t")).isEqualTo("Jordan Ávery\t");
    assertThat(text.getAsObject(null, null, "")).isEmpty();
    assertThat(text.getAsObject(null, null, null)).isNull();
    assertThat(text.getAsString(null, null, null)).isEmpty();
  }
}
