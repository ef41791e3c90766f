package org.foyer.forms.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.OutputFormat;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.foyer.forms.json.Json;
import org.foyer.forms.json.LocalSchemas;

/** Conditions the engine checks directly must match exactly what the schema validator says. */
class SimpleConditionProperties {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> NAMES = List.of("a", "b", "c");

  @Property(tries = 400)
  void directChecksAgreeWithTheValidator(
      @ForAll("conditions") ObjectNode condition, @ForAll("answers") ObjectNode answers) {
    var direct = SimpleCondition.compile(condition);
    boolean expected = LocalSchemas.compile(condition).validate(answers, OutputFormat.BOOLEAN);
    if (direct.isPresent()) {
      assertThat(direct.get().test(answers)).as("%s on %s", condition, answers).isEqualTo(expected);
    }
  }

  @Property(tries = 50)
  void conditionsOutsideTheSimpleShapeAreLeftToTheValidator(@ForAll("numbers") JsonNode number) {
    ObjectNode condition = Json.object();
    condition.putObject("properties").putObject("a").set("const", number);
    assertThat(SimpleCondition.compile(condition)).isEmpty();
    assertThat(SimpleCondition.compile(Json.object().put("minProperties", 1))).isEmpty();
  }

  @Provide
  Arbitrary<JsonNode> numbers() {
    return Arbitraries.oneOf(
        Arbitraries.integers().map(i -> (JsonNode) NODES.numberNode(i)),
        Arbitraries.doubles().map(d -> (JsonNode) NODES.numberNode(d)));
  }

  private Arbitrary<JsonNode> values() {
    return Arbitraries.oneOf(
        Arbitraries.of("x", "y", "other", "", "true").map(s -> (JsonNode) NODES.textNode(s)),
        Arbitraries.of(true, false).map(b -> (JsonNode) NODES.booleanNode(b)),
        Arbitraries.of(0, 1).map(i -> (JsonNode) NODES.numberNode(i)),
        Arbitraries.just((JsonNode) NODES.nullNode()),
        Arbitraries.just((JsonNode) NODES.arrayNode().add("x")));
  }

  @Provide
  Arbitrary<ObjectNode> answers() {
    return Arbitraries.maps(Arbitraries.of(NAMES), values())
        .ofMaxSize(3)
        .map(
            m -> {
              ObjectNode node = Json.object();
              m.forEach(node::set);
              return node;
            });
  }

  @Provide
  Arbitrary<ObjectNode> conditions() {
    Arbitrary<JsonNode> property =
        Arbitraries.oneOf(
            values().map(v -> (JsonNode) Json.object().set("const", v)),
            values()
                .list()
                .ofMinSize(1)
                .ofMaxSize(3)
                .map(
                    vs -> {
                      ObjectNode s = Json.object();
                      vs.forEach(s.putArray("enum")::add);
                      return (JsonNode) s;
                    }));
    Arbitrary<Map<String, JsonNode>> properties =
        Arbitraries.maps(Arbitraries.of(NAMES), property).ofMaxSize(2);
    Arbitrary<List<String>> required = Arbitraries.of(NAMES).list().uniqueElements().ofMaxSize(2);
    return Combinators.combine(required, properties)
        .as(
            (req, props) -> {
              ObjectNode condition = Json.object();
              if (!req.isEmpty()) {
                req.forEach(condition.putArray("required")::add);
              }
              if (!props.isEmpty()) {
                ObjectNode p = condition.putObject("properties");
                props.forEach(p::set);
              }
              return condition;
            });
  }
}
