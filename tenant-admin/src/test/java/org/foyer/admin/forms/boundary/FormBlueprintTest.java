package org.foyer.admin.forms.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foyer.admin.forms.control.FormBlueprint;
import org.foyer.forms.FormEngine;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.FormKind;
import org.foyer.forms.definition.layout.Widget;
import org.foyer.forms.definition.problems.InvalidDefinition;
import org.foyer.forms.definition.rules.ClientFact;
import org.foyer.forms.render.FormState;
import org.foyer.forms.render.RenderOptions;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.Test;

/** The builder's output is an engine definition the engine accepts, renders and validates with. */
class FormBlueprintTest {

  final FormEngine engine = new FormEngine();

  FormDefinition read(FormBlueprint blueprint) {
    return engine.read(blueprint.toDefinitionJson("form-test", 1, FormKind.INTAKE));
  }

  @Test
  void everyWidgetTheEngineSupportsBuildsAValidDefinition() {
    FormDefinition definition = read(SampleBlueprints.everyWidget());

    assertThat(definition.fields().values())
        .extracting(f -> f.widget())
        .containsExactlyInAnyOrder(Widget.values());
    String html =
        engine.render(definition, FormState.blank(), Locale.ENGLISH, RenderOptions.DEFAULT);
    assertThat(html).contains("Nickname", "Referred by", "Doctor", "Medications", "Signature");
  }

  @Test
  void requiredFlagsBecomeSchemaRequirements() {
    FormDefinition definition = read(SampleBlueprints.everyWidget());

    assertThat(definition.schema().get("required"))
        .extracting(n -> n.asText())
        .containsExactly("nickname", "consents");
    ParseResult missing = engine.parse(definition, Map.of("story", List.of("hello")));
    assertThat(missing.errors()).extracting(e -> e.field()).contains("nickname", "consents");
  }

  @Test
  void conditionalQuestionIsShownOnlyWhenTheAnswerMatches() {
    FormDefinition definition = read(SampleBlueprints.previousTherapy());

    Answers yes = engine.parse(definition, Map.of("hadTherapy", List.of("true"))).answers();
    Answers no = engine.parse(definition, Map.of("hadTherapy", List.of("false"))).answers();
    assertThat(engine.rules(definition, yes).hidden()).doesNotContain("therapyDetails");
    assertThat(engine.rules(definition, no).hidden()).contains("therapyDetails");
  }

  @Test
  void autoPopulationNamesTheChosenClientFact() {
    FormDefinition definition = read(SampleBlueprints.previousTherapy());

    assertThat(definition.populate().get("preferredName").fact())
        .isEqualTo(ClientFact.PREFERRED_NAME);
  }

  @Test
  void optionsBecomeTheSchemaEnumAndLikertPoints() {
    FormDefinition definition = read(SampleBlueprints.everyWidget());

    assertThat(definition.propertySchema("referral").get("enum"))
        .extracting(n -> n.asText())
        .containsExactly("Doctor", "Friend");
    assertThat(definition.propertySchema("stress").get("maximum").asInt()).isEqualTo(3);
  }

  @Test
  void engineRefusesAChoiceWithoutOptionsAndSaysWhere() {
    FormBlueprint blueprint =
        new FormBlueprint(
            "Broken", List.of(SampleBlueprints.field("pick", Widget.RADIO, "Pick one", true)));

    assertThatThrownBy(() -> read(blueprint))
        .isInstanceOfSatisfying(
            InvalidDefinition.class,
            e ->
                assertThat(e.problems())
                    .anySatisfy(p -> assertThat(p.pointer()).startsWith("/ui/pages/0")));
  }

  @Test
  void engineRefusesAHostileFieldName() {
    FormBlueprint blueprint =
        new FormBlueprint(
            "Hostile",
            List.of(SampleBlueprints.field("<script>", Widget.SHORT_TEXT, "Name", false)));

    assertThatThrownBy(() -> read(blueprint)).isInstanceOf(InvalidDefinition.class);
  }

  @Test
  void labelsAreEscapedInTheRenderedPreview() {
    FormBlueprint blueprint =
        new FormBlueprint(
            "Escaping",
            List.of(
                SampleBlueprints.field(
                    "q", Widget.SHORT_TEXT, "<img src=x onerror=alert(1)>", false)));

    String html =
        engine.render(read(blueprint), FormState.blank(), Locale.ENGLISH, RenderOptions.DEFAULT);
    assertThat(html).doesNotContain("<img").contains("&lt;img");
  }
}
