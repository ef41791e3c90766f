package org.foyer.forms;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.foyer.forms.answers.Answers;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.render.FormState;
import org.foyer.forms.render.RenderOptions;
import org.foyer.forms.scoring.ScoreReport;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.Test;

/** The README's complete example must stay a working definition. */
class ReadmeExampleTest {

  private static String example() throws IOException {
    String readme = Files.readString(Path.of("README.md"));
    int start = readme.indexOf("```json", readme.indexOf("## Complete example")) + 7;
    return readme.substring(start, readme.indexOf("```", start));
  }

  @Test
  void theReadmeExampleReadsRendersParsesAndScores() throws IOException {
    FormEngine engine = new FormEngine();
    FormDefinition form = engine.read(example());
    assertThat(form.fields()).hasSize(18);

    String html =
        engine.render(form, FormState.blank(), Locale.forLanguageTag("es"), RenderOptions.DEFAULT);
    assertThat(html).contains("Sobre usted").contains("Personas que le apoyan");

    var populated =
        engine.populate(
            form,
            org.foyer.forms.populate.ClientFacts.of(
                Map.of(org.foyer.forms.definition.rules.ClientFact.TODAY, "2026-03-01")));
    ParseResult result =
        engine.parse(
            form,
            Map.of(
                "name", List.of("Ana"),
                "visitDate", List.of("1999-01-01"),
                "mood", List.of("3"),
                "worry", List.of("2"),
                "calm", List.of("0"),
                "sleepProblems", List.of("true"),
                "consent", List.of("true"),
                "signature.ref", List.of("blob:s1"),
                "signature.sha256", List.of("a".repeat(64)),
                "signature.typedName", List.of("Ana")),
            populated);
    assertThat(result.answers().get("visitDate").asText()).isEqualTo("2026-03-01");
    assertThat(result.errors()).isEmpty();
    ScoreReport report = engine.score(form, result.answers());
    assertThat(report.findScore("total").orElseThrow().value()).isEqualByComparingTo("8");
    assertThat(report.findScore("total").orElseThrow().band().text(Locale.ENGLISH))
        .isEqualTo("High");
    assertThat(report.isRaised("highMood")).isTrue();
    assertThat(
            engine
                .score(form, Answers.parse("{\"mood\":1}"))
                .findScore("total")
                .orElseThrow()
                .isComplete())
        .isFalse();
  }
}
