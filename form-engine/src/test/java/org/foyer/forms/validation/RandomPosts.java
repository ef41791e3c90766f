package org.foyer.forms.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.layout.FieldOption;
import org.foyer.forms.definition.layout.FieldUi;

/**
 * Posts for any definition, valid and not: every name the page can post plus strangers, with values
 * drawn from the field's own options and from wrong types, out-of-range numbers, bad dates, long
 * strings and control characters; and arbitrary JSON for answers that bypass the converter
 * (pre-filled and read-only values come from the record as they are).
 */
final class RandomPosts {

  private RandomPosts() {}

  static Arbitrary<Map<String, List<String>>> posts(FormDefinition definition) {
    List<String> names = new ArrayList<>();
    List<String> options = new ArrayList<>();
    for (FieldUi ui : definition.fields().values()) {
      switch (ui.widget()) {
        case REPEAT -> {
          for (int row = 0; row < 4; row++) {
            for (FieldUi column : ui.columns()) {
              names.add(ui.field() + "[" + row + "]." + column.field());
            }
          }
        }
        case SIGNATURE ->
            List.of("ref", "sha256", "typedName").forEach(p -> names.add(ui.field() + "." + p));
        case FILE ->
            List.of("ref", "sha256", "name", "mediaType")
                .forEach(p -> names.add(ui.field() + "." + p));
        default -> names.add(ui.field());
      }
      ui.options().stream().map(FieldOption::value).forEach(options::add);
      definition
          .propertySchema(ui.field())
          .findValues("enum")
          .forEach(e -> e.forEach(v -> options.add(v.asText())));
    }
    options.add("none-of-these");
    Arbitrary<String> name =
        Arbitraries.frequencyOf(
            net.jqwik.api.Tuple.of(20, Arbitraries.of(names)),
            net.jqwik.api.Tuple.of(1, Arbitraries.of("unknown", "_csrf", "x[0].y", "a.b")));
    Arbitrary<String> value =
        Arbitraries.oneOf(
            Arbitraries.of(options),
            Arbitraries.of(
                "",
                " ",
                "true",
                "false",
                "yes",
                "0",
                "1",
                "3",
                "5",
                "6",
                "24",
                "25",
                "-1",
                "2.5",
                "1e3",
                "007",
                "99999999999999",
                "2024-02-29",
                "2023-02-29",
                "1990-13-01",
                "0000-01-01",
                "1990-02-28",
                "19900228",
                "a@b.org",
                "ana@example.org",
                "jordan.avery@demo.foyer.test",
                "Casey@Demo.Foyer.TEST",
                "ana@.test",
                "x@y.example",
                "not-email",
                "a@b",
                "555 010 2000",
                "12",
                "ab".repeat(32),
                "AB".repeat(32),
                "blob:x-1",
                "data:image/png;base64,AA",
                "line\nbreak",
                "tab\there",
                "bell\u0007",
                "😀",
                "😀".repeat(70),
                "x".repeat(101),
                "x".repeat(121),
                "x".repeat(201),
                "x".repeat(501),
                "x".repeat(4001)),
            Arbitraries.strings().ofMaxLength(12),
            Arbitraries.integers().map(String::valueOf));
    return Arbitraries.maps(name, value.list().ofMinSize(1).ofMaxSize(3)).ofMaxSize(names.size());
  }

  /** Any JSON value, as a stored answer might hold. */
  static Arbitrary<JsonNode> anyJson() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    Arbitrary<JsonNode> scalars =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(8).map(nodes::textNode),
            Arbitraries.of(
                    "a@b.org",
                    "ana@clinic.test",
                    "ana@.example",
                    "2024-02-29",
                    "single",
                    "ab".repeat(32),
                    "x".repeat(130))
                .map(nodes::textNode),
            Arbitraries.longs().map(nodes::numberNode),
            Arbitraries.integers().between(-2, 30).map(nodes::numberNode),
            Arbitraries.of(
                    new BigDecimal("2.0"),
                    new BigDecimal("2.5"),
                    new BigDecimal("24.5"),
                    new BigDecimal("-0.5"),
                    new BigDecimal("1E+1"))
                .map(nodes::numberNode),
            Arbitraries.of(2.0, 4.5, -0.5).map(nodes::numberNode),
            Arbitraries.of(new BigInteger("99999999999999999999")).map(nodes::numberNode),
            Arbitraries.of(true, false).map(nodes::booleanNode),
            Arbitraries.just(nodes.nullNode()));
    return Arbitraries.lazyOf(
        () -> scalars,
        () -> scalars,
        () -> scalars,
        () -> anyJson().list().ofMaxSize(3).map(l -> nodes.arrayNode().addAll(l)),
        () ->
            Arbitraries.maps(
                    Arbitraries.of("ref", "sha256", "name", "typedName", "dose", "other"),
                    anyJson())
                .ofMaxSize(3)
                .map(m -> nodes.objectNode().setAll(m)));
  }
}
