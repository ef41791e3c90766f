package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.render.FormState;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class RenderingTest {

  static Stream<Arguments> formsAndLanguages() {
    return DefaultPack.forms().stream()
        .flatMap(
            form ->
                Stream.of(Locale.ENGLISH, Locale.forLanguageTag("es"))
                    .map(locale -> Arguments.of(form.id(), locale)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("formsAndLanguages")
  void blankFormIsValidHtmlInTheClientsLanguage(String id, Locale locale) {
    FormDefinition form = Engine.form(id);

    String html = Engine.renderPage(form, FormState.blank(), locale);

    assertThat(HtmlChecker.problems(html)).isEmpty();
    assertThat(html).contains("lang=\"" + locale.getLanguage() + "\"");
    assertThat(html).contains(escaped(form.title().text(locale)));
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("formsAndLanguages")
  void prefilledFormIsValidHtml(String id, Locale locale) {
    FormDefinition form = Engine.form(id);
    Populated populated = Engine.populate(form, SampleClient.adult());

    String html = Engine.renderPage(form, FormState.of(populated), locale);

    assertThat(HtmlChecker.problems(html)).isEmpty();
  }

  @Test
  void aQuestionInTheErrorSummaryLeadsIntoItsMessageWithoutAnAddedColon() {
    FormDefinition form = Engine.form("privacy-notice-acknowledgment");
    ParseResult result = Engine.parse(form, Posts.post());

    String html =
        Engine.renderPage(form, FormState.rejected(result, Populated.nothing()), Locale.ENGLISH);

    assertThat(html).contains("How did you receive the notice? Please answer").doesNotContain("?:");
    assertThat(html).contains("Signature: Please answer");
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("formsAndLanguages")
  void emptySubmissionReRendersAsValidHtmlWithAnErrorSummaryLinkedToEachField(
      String id, Locale locale) {
    FormDefinition form = Engine.form(id);
    ParseResult result = Engine.parse(form, Posts.post());

    String html = Engine.renderPage(form, FormState.rejected(result, Populated.nothing()), locale);

    assertThat(result.errors()).isNotEmpty();
    assertThat(HtmlChecker.problems(html)).isEmpty();
    assertThat(html).contains("aria-invalid=\"true\"");
    assertThat(html.split("href=\"#", -1)).hasSizeGreaterThan(result.errors().size());
  }

  @ParameterizedTest(name = "{0} in {1}")
  @MethodSource("formsAndLanguages")
  void everyVisibleControlHasItsOwnLabelAndEveryChoiceGroupALegend(String id, Locale locale) {
    String html =
        Engine.renderPage(
            Engine.form(id),
            FormState.of(Engine.populate(Engine.form(id), SampleClient.adult())),
            locale);

    Matcher controls =
        Pattern.compile(
                "<(input|select|textarea)\\b(?![^>]*type=\"hidden\")[^>]*\\bid=\"([^\"]+)\"")
            .matcher(html);
    int count = 0;
    while (controls.find()) {
      count++;
      assertThat(html)
          .as("label for " + controls.group(2))
          .contains("for=\"" + controls.group(2) + "\"");
    }
    assertThat(count).isPositive();
    assertThat(countOf(html, "<fieldset")).isEqualTo(countOf(html, "<legend"));
  }

  private static int countOf(String html, String token) {
    return html.split(Pattern.quote(token), -1).length - 1;
  }

  private static String escaped(String text) {
    return text.replace("&", "&amp;").replace("\"", "&quot;");
  }
}
