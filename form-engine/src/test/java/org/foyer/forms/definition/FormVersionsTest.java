package org.foyer.forms.definition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.foyer.forms.SampleForms;
import org.foyer.forms.definition.problems.InvalidDefinition;
import org.foyer.forms.json.Json;
import org.junit.jupiter.api.Test;

class FormVersionsTest {

  private final FormVersions versions = new FormVersions();

  @Test
  void publishingMarksTheVersionPublishedAndSealsItWithAHash() {
    FormDefinition published = versions.publish(SampleForms.intake());

    assertThat(published.status()).isEqualTo(FormStatus.PUBLISHED);
    assertThat(published.sha256()).hasSize(64).isNotEqualTo(SampleForms.intake().sha256());
  }

  @Test
  void aPublishedVersionCannotBePublishedAgain() {
    FormDefinition published = versions.publish(SampleForms.intake());
    assertThatThrownBy(() -> versions.publish(published))
        .isInstanceOf(InvalidDefinition.class)
        .hasMessageContaining("already published");
  }

  @Test
  void hashIgnoresKeyOrderAndWhitespace() {
    ObjectNode json = SampleForms.json("sample-intake.json");
    ObjectNode reordered = Json.object();
    java.util.List<String> names = new java.util.ArrayList<>();
    json.fieldNames().forEachRemaining(names::add);
    java.util.Collections.reverse(names);
    names.forEach(n -> reordered.set(n, json.get(n)));
    String pretty = reordered.toPrettyString();

    assertThat(new DefinitionReader().read(pretty).sha256())
        .isEqualTo(SampleForms.intake().sha256());
  }

  @Test
  void anyChangeChangesTheHash() {
    ObjectNode json = SampleForms.json("sample-intake.json");
    json.with("title").put("en", "Adult intake form");
    assertThat(new DefinitionReader().read(json).sha256())
        .isNotEqualTo(SampleForms.intake().sha256());
  }

  @Test
  void theDefinitionCannotBeChangedThroughItsAccessors() {
    FormDefinition form = SampleForms.intake();
    String before = form.sha256();
    form.toJson().put("title", "changed");
    form.schema().put("type", "array");

    assertThat(form.toJson().get("title").isObject()).isTrue();
    assertThat(new DefinitionReader().read(form.toJson()).sha256()).isEqualTo(before);
  }

  @Test
  void nextDraftIncrementsTheVersion() {
    FormDefinition next = versions.nextDraft(versions.publish(SampleForms.intake()));
    assertThat(next.version()).isEqualTo(2);
    assertThat(next.status()).isEqualTo(FormStatus.DRAFT);
  }

  @Test
  void aDynamicFormCopiesIntoANewIntakeDraft() {
    ObjectNode json = SampleForms.json("sample-intake.json");
    json.put("kind", "DYNAMIC");
    json.put("status", "PUBLISHED");
    json.put("version", 7);
    FormDefinition dynamic = new DefinitionReader().read(json);

    FormDefinition intake = versions.copyAsIntake(dynamic, "intake-copy");

    assertThat(intake.id()).isEqualTo("intake-copy");
    assertThat(intake.kind()).isEqualTo(FormKind.INTAKE);
    assertThat(intake.version()).isEqualTo(1);
    assertThat(intake.status()).isEqualTo(FormStatus.DRAFT);
    assertThat(intake.fields().keySet()).isEqualTo(dynamic.fields().keySet());
  }

  @Test
  void anyFormCopiesIntoADraftKeepingItsKind() {
    FormDefinition copy = versions.copyAsDraft(SampleForms.intake(), "copy");
    assertThat(copy.kind()).isEqualTo(FormKind.INTAKE);
    assertThat(copy.id()).isEqualTo("copy");
    assertThat(versions.matches(copy, SampleForms.intake().sha256())).isFalse();
    assertThat(versions.matches(copy, copy.sha256())).isTrue();
  }
}
