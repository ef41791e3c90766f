package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;
import org.foyer.forms.definition.FieldUi;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.rules.RuleOutcome;
import org.foyer.forms.validation.AnswerValidator;
import org.foyer.forms.validation.ParseResult;

/**
 * For every form of the default pack, the engine's faster check of posted answers finds exactly the
 * errors networknt finds: random posts over each form's own inputs, valid and not, parsed with the
 * record's pre-fills (locked and read-only answers come from the record, not the post).
 */
class PostedValidationProperties {

  @Property(tries = 2000)
  void everyDefaultFormGetsTheErrorsNetworkntGives(
      @ForAll("posts") Tuple2<FormDefinition, Map<String, List<String>>> post,
      @ForAll boolean minor) {
    FormDefinition form = post.get1();
    Populated populated =
        Engine.populate(form, minor ? SampleClient.minor() : SampleClient.adult());
    Posts posted = Posts.post();
    post.get2().forEach((name, values) -> posted.with(name, values.toArray(String[]::new)));
    ParseResult result = Engine.parse(form, posted, populated);
    ObjectNode answers = result.answers().json();
    AnswerValidator validator = new AnswerValidator(form);
    RuleOutcome outcome = Engine.ENGINE.rules(form, result.answers());
    assertThat(validator.validatePosted(answers, outcome))
        .isEqualTo(validator.validate(answers, outcome));
  }

  @Provide
  Arbitrary<Tuple2<FormDefinition, Map<String, List<String>>>> posts() {
    return Arbitraries.of(DefaultPack.forms()).flatMap(f -> inputs(f).map(p -> Tuple.of(f, p)));
  }

  /** The form's own input names, answered with its options or with something wrong. */
  private static Arbitrary<Map<String, List<String>>> inputs(FormDefinition form) {
    List<String> names = new ArrayList<>();
    List<String> good = new ArrayList<>(List.of("x"));
    for (FieldUi field : form.fields().values()) {
      String name = field.field();
      switch (field.widget()) {
        case REPEAT ->
            field
                .columns()
                .forEach(c -> names.add(name + "[" + (names.size() % 3) + "]." + c.field()));
        case SIGNATURE, FILE ->
            List.of(".ref", ".sha256", ".typedName", ".name", ".mediaType")
                .forEach(part -> names.add(name + part));
        default -> names.add(name);
      }
      field.options().forEach(o -> good.add(o.value()));
      for (JsonNode values : form.propertySchema(name).findValues("enum")) {
        values.forEach(v -> good.add(v.asText()));
      }
    }
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.of(good),
            Arbitraries.of(
                "",
                "true",
                "false",
                "0",
                "4",
                "27",
                "-2",
                "1.5",
                "2010-06-30",
                "2026-03-02",
                "2025-02-29",
                "03/02/2026",
                "ana@example.org",
                "ana@",
                "jordan.avery@demo.foyer.test",
                "a@b.example",
                "a@.test",
                "503-555-0100",
                "+1 (503) 555 0100",
                "12",
                "AD",
                "A",
                "1234",
                "ABC-123",
                Posts.SHA,
                Posts.SHA.toUpperCase(),
                "blob:sig-1",
                "Ana Díaz",
                "Zoë O'Neil",
                "x".repeat(300),
                "y".repeat(5000),
                "\u0000",
                "😀😀"),
            Arbitraries.strings().ofMaxLength(10));
    return Arbitraries.maps(Arbitraries.of(names), value.list().ofMinSize(1).ofMaxSize(2))
        .ofMaxSize(names.size());
  }
}
