package org.foyer.admin.forms.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.foyer.admin.forms.boundary.FormRequests.BlueprintBody;
import org.foyer.admin.forms.boundary.FormRequests.FieldBody;
import org.foyer.admin.forms.boundary.FormRequests.ShowWhenBody;
import org.foyer.admin.forms.control.BlueprintField;
import org.foyer.admin.forms.control.FormBlueprint;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.forms.definition.FormKind;
import org.foyer.forms.definition.layout.SignedBy;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.definition.rules.ClientFact;
import org.junit.jupiter.api.Test;

/** API bodies become builder models; unknown names are refused with the field that holds them. */
class FormRequestsTest {

  static FieldBody field(String widget, String prefill) {
    return new FieldBody("q", widget, "Question", true, List.of("A", "B"), prefill, null, null);
  }

  @Test
  void aBodyBecomesABlueprintWithEngineWidgetsFactsAndRules() {
    FieldBody conditional =
        new FieldBody(
            "details",
            "long-text",
            "Details",
            false,
            null,
            null,
            new ShowWhenBody("q", "yes"),
            null);
    FormBlueprint blueprint =
        FormRequests.blueprint(
            new BlueprintBody(
                "Title", "INTAKE", List.of(field("yes-no", "PREFERRED_NAME"), conditional)));

    assertThat(blueprint.fields().get(0).widget()).isEqualTo(Widget.YES_NO);
    assertThat(blueprint.fields().get(0).prefill()).isEqualTo(ClientFact.PREFERRED_NAME);
    assertThat(blueprint.fields().get(1).showWhen())
        .isEqualTo(new BlueprintField.ShowWhen("q", "yes"));
  }

  @Test
  void aSignatureNamesItsSignerAndAnUnknownSignerNamesTheField() {
    FieldBody parentSigns =
        new FieldBody("consent", "signature", "Sign", true, null, null, null, "onBehalfOf");
    FieldBody typo = new FieldBody("consent", "signature", "Sign", true, null, null, null, "mom");

    assertThat(
            FormRequests.blueprint(new BlueprintBody("T", "INTAKE", List.of(parentSigns)))
                .fields()
                .get(0)
                .signer())
        .isEqualTo(SignedBy.ON_BEHALF_OF);
    assertThatThrownBy(
            () -> FormRequests.blueprint(new BlueprintBody("T", "INTAKE", List.of(typo))))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("fields/0/signer"));
  }

  @Test
  void aSignatureMayBeTheClinicianCountersignature() {
    FieldBody countersigned =
        new FieldBody("countersign", "signature", "Clinician", true, null, null, null, "clinician");

    assertThat(
            FormRequests.blueprint(new BlueprintBody("T", "INTAKE", List.of(countersigned)))
                .fields()
                .get(0)
                .signer())
        .isEqualTo(SignedBy.CLINICIAN);
  }

  @Test
  void unknownWidgetFactOrKindNamesTheField() {
    assertThatThrownBy(
            () ->
                FormRequests.blueprint(
                    new BlueprintBody("T", "INTAKE", List.of(field("slider", null)))))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("fields/0/widget"));
    assertThatThrownBy(
            () ->
                FormRequests.blueprint(
                    new BlueprintBody("T", "INTAKE", List.of(field("short-text", "SSN")))))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("fields/0/prefill"));
    assertThatThrownBy(() -> FormRequests.kind("survey"))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("kind"));
    assertThat(FormRequests.kind(" dynamic ")).isEqualTo(FormKind.DYNAMIC);
  }

  @Test
  void oversizedBodiesAreRefused() {
    List<FieldBody> many =
        Collections.nCopies(FormRequests.MAX_FIELDS + 1, field("short-text", null));
    FieldBody manyOptions =
        new FieldBody(
            "q",
            "select",
            "Q",
            false,
            Collections.nCopies(BlueprintField.MAX_OPTIONS + 1, "x"),
            null,
            null,
            null);

    assertThatThrownBy(() -> FormRequests.blueprint(new BlueprintBody("T", "INTAKE", many)))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () -> FormRequests.blueprint(new BlueprintBody("T", "INTAKE", List.of(manyOptions))))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("fields/0/options"));
    assertThatThrownBy(() -> FormRequests.blueprint(null)).isInstanceOf(InvalidInput.class);
  }

  @Test
  void aMalformedIdIsNotFound() {
    assertThatThrownBy(() -> FormRequests.id("../etc", "That form"))
        .isInstanceOf(NotFound.class)
        .hasMessage("That form was not found");
    assertThatThrownBy(() -> FormRequests.id(null, "That form")).isInstanceOf(NotFound.class);
  }
}
