package org.foyer.messages.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;

class CursorTest {

  @Test
  void aCursorComesBackAsItWasMade() {
    Cursor cursor = new Cursor(Instant.parse("2026-12-01T15:00:00.123456Z"), UUID.randomUUID());

    String text = cursor.encode();

    assertThat(text).matches("[A-Za-z0-9_-]+").doesNotContain(cursor.id().toString());
    assertThat(Cursor.decode(text)).isEqualTo(cursor);
  }

  @Test
  void noCursorIsTheFirstPage() {
    assertThat(Cursor.decode(null)).isNull();
    assertThat(Cursor.decode(" ")).isNull();
  }

  @Test
  void aCursorNotMadeHereIsInvalidInput() {
    for (String text : new String[] {"bogus!", "djE6eDp5Cg", "v1:1:2:3", "'; DROP TABLE x"}) {
      assertThatThrownBy(() -> Cursor.decode(text)).isInstanceOf(InvalidInput.class);
    }
  }

  @Test
  void aPageHoldsOneToAHundred() {
    assertThat(PageSize.of(null)).isEqualTo(20);
    assertThat(PageSize.of(100)).isEqualTo(100);
    assertThatThrownBy(() -> PageSize.of(0)).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> PageSize.of(101)).isInstanceOf(InvalidInput.class);
  }
}
