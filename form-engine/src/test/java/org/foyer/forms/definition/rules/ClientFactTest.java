package org.foyer.forms.definition.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ClientFactTest {

  @Test
  void everyFactHasItsOwnPlainLabelNeverItsConstantName() {
    assertThat(ClientFact.values())
        .allSatisfy(
            fact ->
                assertThat(fact.label())
                    .isNotBlank()
                    .isNotEqualTo(fact.name())
                    .doesNotContain("_")
                    .matches("[A-Z].*"));
    assertThat(Arrays.stream(ClientFact.values()).map(ClientFact::label).distinct())
        .hasSize(ClientFact.values().length);
    assertThat(ClientFact.DATE_OF_BIRTH.label()).isEqualTo("Date of birth");
  }
}
