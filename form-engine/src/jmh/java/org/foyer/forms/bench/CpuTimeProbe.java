package org.foyer.forms.bench;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.foyer.forms.FormEngine;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.json.LocalSchemas;
import org.foyer.forms.pdf.CompletedForm;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.render.FormState;
import org.foyer.forms.render.RenderOptions;
import org.foyer.forms.validation.ParseResult;

/**
 * The same four operations as {@link IntakeBenchmark}, measured in CPU time of the measuring
 * thread and interleaved round by round. On a machine shared with other builds, wall-clock
 * throughput mostly measures the neighbours; CPU time per operation, and the ratio of two
 * operations measured side by side, stay meaningful. Run after {@code -Pbench test-compile}:
 * {@code java -cp <test classpath> org.foyer.forms.bench.CpuTimeProbe [seconds]}.
 */
public final class CpuTimeProbe {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) {
    int seconds = args.length > 0 ? Integer.parseInt(args[0]) : 30;
    IntakeFixture fixture = new IntakeFixture();
    FormEngine engine = new FormEngine();
    FormDefinition form = fixture.definition();
    Populated populated = engine.populate(form, IntakeFixture.facts());
    RenderOptions options = RenderOptions.DEFAULT.withAction("/p/calm/intake/1");
    ParseResult parsed = engine.parse(form, fixture.post, populated);
    ObjectNode answers = parsed.answers().json();
    JsonSchema bare = LocalSchemas.compile(form.schema());
    CompletedForm completed =
        new CompletedForm(
            parsed.answers(), engine.score(form, parsed.answers()), List.of(), Map.of(),
            Instant.parse("2026-03-01T10:00:00Z"));
    Map<String, Supplier<Object>> ops =
        Map.of(
            "populateAndRender",
            () -> engine.render(form, FormState.of(engine.populate(form, IntakeFixture.facts())), Locale.ENGLISH, options),
            "parseAndValidate", () -> engine.parse(form, fixture.post, populated),
            "bareNetworkntValidation", () -> bare.validate(answers),
            "completedPdf", () -> engine.completedPdf(form, completed, Locale.ENGLISH));
    Map<String, Integer> batch =
        Map.of("populateAndRender", 50, "parseAndValidate", 200, "bareNetworkntValidation", 200, "completedPdf", 2);
    Map<String, long[]> totals = new java.util.TreeMap<>();
    ops.keySet().forEach(k -> totals.put(k, new long[2]));
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    long warmupEnd = System.nanoTime() + Math.min(10, seconds / 3) * 1_000_000_000L;
    while (System.nanoTime() < end) {
      boolean warm = System.nanoTime() > warmupEnd;
      for (Map.Entry<String, Supplier<Object>> op : ops.entrySet()) {
        int n = batch.get(op.getKey());
        long start = CPU.getCurrentThreadCpuTime();
        for (int i = 0; i < n; i++) {
          op.getValue().get();
        }
        if (warm) {
          totals.get(op.getKey())[0] += CPU.getCurrentThreadCpuTime() - start;
          totals.get(op.getKey())[1] += n;
        }
      }
    }
    totals.forEach(
        (name, t) ->
            System.out.printf(
                "%-26s %10.1f ops per CPU-second  (%d ops, %.1f us CPU each)%n",
                name, t[1] * 1e9 / t[0], t[1], t[0] / 1e3 / t[1]));
    double ratio =
        (totals.get("parseAndValidate")[0] / (double) totals.get("parseAndValidate")[1])
            / (totals.get("bareNetworkntValidation")[0] / (double) totals.get("bareNetworkntValidation")[1]);
    System.out.printf("parse+validate / bare networknt = %.2fx%n", ratio);
  }
}
