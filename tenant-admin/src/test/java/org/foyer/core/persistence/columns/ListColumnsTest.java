package org.foyer.core.persistence.columns;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.foyer.admin.roles.entity.CapabilitiesConverter;
import org.foyer.core.access.Capability;
import org.junit.jupiter.api.Test;

/** Lists in one column are JSON arrays: no separator is reserved, and old names grant nothing. */
class ListColumnsTest {

  final CapabilitiesConverter capabilities = new CapabilitiesConverter();
  final StringListConverter strings = new StringListConverter();

  @Test
  void namesAreStoredInDeclaredOrderWhateverOrderTheSetHas() {
    Capability last = Capability.values()[Capability.values().length - 1];
    Capability first = Capability.values()[0];

    assertThat(capabilities.convertToDatabaseColumn(Set.of(last, first)))
        .isEqualTo("[\"" + first.name() + "\",\"" + last.name() + "\"]");
    assertThat(capabilities.convertToDatabaseColumn(Set.of())).isEqualTo("[]");
    assertThat(capabilities.convertToDatabaseColumn(null)).isEqualTo("[]");
  }

  @Test
  void aNameNoLongerDeclaredIsDroppedRatherThanFailingTheRow() {
    Capability known = Capability.values()[0];

    assertThat(
            capabilities.convertToEntityAttribute(
                "[\"RETIRED_CAPABILITY\", \"" + known.name() + "\"]"))
        .containsExactly(known);
    assertThat(capabilities.convertToEntityAttribute(null)).isEmpty();
    assertThat(capabilities.convertToEntityAttribute(""))
        .isEqualTo(EnumSet.noneOf(Capability.class));
  }

  @Test
  void stringsKeepTheirOrderAndMayContainWhatASeparatorWouldHaveBroken() {
    List<String> values = List.of("b,1", "a \"quoted\"", "");

    String column = strings.convertToDatabaseColumn(values);

    assertThat(strings.convertToEntityAttribute(column)).containsExactlyElementsOf(values);
  }

  @Test
  void anAbsentListStaysNullSoAnEmptyEmbeddableReadsBackAsAbsent() {
    assertThat(strings.convertToDatabaseColumn(null)).isNull();
    assertThat(strings.convertToEntityAttribute(null)).isNull();
    assertThat(strings.convertToDatabaseColumn(List.of())).isEqualTo("[]");
    assertThat(strings.convertToEntityAttribute("[]")).isEmpty();
  }
}
