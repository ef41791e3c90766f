package org.foyer.admin.forms;

import static org.assertj.core.api.Assertions.assertThat;

import org.foyer.forms.FormEngine;
import org.foyer.forms.definition.FormKind;
import org.junit.jupiter.api.Test;

/** A saved form opens in the builder exactly as it was built. */
class BlueprintReaderTest {

  final FormEngine engine = new FormEngine();

  FormBlueprint roundTrip(FormBlueprint blueprint) {
    return BlueprintReader.read(
        engine.read(blueprint.toDefinitionJson("form-x", 1, FormKind.INTAKE)));
  }

  @Test
  void everyWidgetRoundTripsThroughTheEngine() {
    FormBlueprint built = SampleBlueprints.everyWidget();

    assertThat(roundTrip(built)).isEqualTo(built);
  }

  @Test
  void conditionsAndClientFactsRoundTrip() {
    FormBlueprint built = SampleBlueprints.previousTherapy();

    FormBlueprint read = roundTrip(built);

    assertThat(read).isEqualTo(built);
    assertThat(read.fields().get(2).showWhen().value()).isEqualTo("yes");
  }

  @Test
  void aBuilderRowKeepsWhatItWasGiven() {
    BlueprintField conditional = SampleBlueprints.previousTherapy().fields().get(2);

    assertThat(BuilderRow.of(conditional).toField()).isEqualTo(conditional);
  }
}
