package org.foyer.admin.forms.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.foyer.admin.forms.control.BlueprintField;
import org.foyer.admin.forms.control.BlueprintReader;
import org.foyer.admin.forms.control.FormBlueprint;
import org.foyer.forms.FormEngine;
import org.foyer.forms.definition.FormKind;
import org.foyer.forms.definition.layout.SignedBy;
import org.foyer.forms.definition.layout.Widget;
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
  void aSignaturesSignerRoundTripsAndBecomesTheEnginesRule() {
    BlueprintField parentSigns =
        new BlueprintField(
            "consent",
            Widget.SIGNATURE,
            "Parent or guardian signature",
            true,
            List.of(),
            null,
            null,
            SignedBy.ON_BEHALF_OF);
    FormBlueprint built = new FormBlueprint("Consent for a minor", List.of(parentSigns));

    FormBlueprint read = roundTrip(built);

    assertThat(read).isEqualTo(built);
    assertThat(
            engine
                .read(built.toDefinitionJson("form-x", 1, FormKind.INTAKE))
                .fields()
                .get("consent")
                .signedBy())
        .isEqualTo(SignedBy.ON_BEHALF_OF);
    assertThat(BuilderRow.of(parentSigns).toField()).isEqualTo(parentSigns);
  }

  @Test
  void onlySignaturesCarryASigner() {
    BlueprintField text =
        new BlueprintField(
            "name", Widget.SHORT_TEXT, "Name", false, List.of(), null, null, SignedBy.SELF);

    assertThat(text.signer()).isEqualTo(SignedBy.ANYONE);
    assertThat(SampleBlueprints.everyWidget().fields())
        .allSatisfy(field -> assertThat(field.signer()).isEqualTo(SignedBy.ANYONE));
  }

  @Test
  void aBuilderRowKeepsWhatItWasGiven() {
    BlueprintField conditional = SampleBlueprints.previousTherapy().fields().get(2);

    assertThat(BuilderRow.of(conditional).toField()).isEqualTo(conditional);
  }
}
