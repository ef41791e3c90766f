package org.foyer.forms.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.ValidationMessage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.foyer.forms.FormEngine;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.json.LocalSchemas;
import org.foyer.forms.pdf.CompletedForm;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.render.FormState;
import org.foyer.forms.render.RenderOptions;
import org.foyer.forms.validation.ParseResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The engine on a realistic 60-field intake, one thread: populate+render, parse+validate, PDF,
 * and bare networknt validation of the same answer document for the overhead ratio.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class IntakeBenchmark {

  private FormEngine engine;
  private FormDefinition form;
  private Map<String, List<String>> post;
  private Populated populated;
  private RenderOptions options;
  private JsonSchema bareSchema;
  private ObjectNode answers;
  private CompletedForm completed;

  @Setup
  public void setUp() {
    IntakeFixture fixture = new IntakeFixture();
    if (fixture.fieldCount != 60) {
      throw new IllegalStateException("fixture has " + fixture.fieldCount + " fields");
    }
    engine = new FormEngine();
    form = fixture.definition();
    post = fixture.post;
    populated = engine.populate(form, IntakeFixture.facts());
    options =
        RenderOptions.DEFAULT
            .withAction("/p/calm/intake/1")
            .withHiddenInputs(Map.of("_csrf", "4f1c9a"));
    ParseResult result = engine.parse(form, post, populated);
    if (!result.isValid()) {
      throw new IllegalStateException("fixture post is invalid: " + result.errors());
    }
    answers = result.answers().json();
    bareSchema = LocalSchemas.compile(form.schema());
    completed =
        new CompletedForm(
            result.answers(), engine.score(form, result.answers()), List.of(), Map.of(),
            Instant.parse("2026-03-01T10:00:00Z"));
  }

  @Benchmark
  public String populateAndRender() {
    Populated p = engine.populate(form, IntakeFixture.facts());
    return engine.render(form, FormState.of(p), Locale.ENGLISH, options);
  }

  @Benchmark
  public ParseResult parseAndValidate() {
    return engine.parse(form, post, populated);
  }

  @Benchmark
  public Set<ValidationMessage> bareNetworkntValidation() {
    return bareSchema.validate(answers);
  }

  @Benchmark
  public byte[] completedPdf() {
    return engine.completedPdf(form, completed, Locale.ENGLISH);
  }
}
