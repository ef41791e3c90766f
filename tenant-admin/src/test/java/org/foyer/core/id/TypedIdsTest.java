package org.foyer.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;
import org.foyer.core.errors.NotFound;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class TypedIdsTest {

  record PetId(UUID value) implements TypedId {}

  @Test
  void anIdReadsAsItsOwnType() {
    UUID value = UUID.randomUUID();

    assertThat(TypedIds.parse(PetId.class, value.toString())).contains(new PetId(value));
    assertThat(TypedIds.of(PetId.class, value).value()).isEqualTo(value);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "not-an-id",
        "1-1-1-1-1",
        "00000000-0000-0000-0000-0000000000000",
        "00000000-0000-0000-0000-00000000000g",
        "../../etc/passwd",
        "00000000-0000-0000-0000-000000000000\u0000"
      })
  void textThatIsNotAnIdNamesNothing(String text) {
    assertThat(TypedIds.parse(PetId.class, text)).isEmpty();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t"})
  void anOptionalIdLeftOutIsNone(String text) {
    assertThat(TypedIds.optional(PetId.class, text, "That pet")).isEmpty();
  }

  @Test
  void anOptionalIdThatIsMalformedIsNotFoundAsTheThingItWouldName() {
    UUID value = UUID.randomUUID();

    assertThat(TypedIds.optional(PetId.class, value.toString(), "That pet"))
        .contains(new PetId(value));
    assertThatThrownBy(() -> TypedIds.optional(PetId.class, "../../etc/passwd", "That pet"))
        .isInstanceOf(NotFound.class)
        .hasMessageContaining("That pet");
  }
}
