package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.foyer.forms.FormEngine;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.problems.DefinitionProblem;
import org.foyer.forms.pack.PackRejected;
import org.foyer.forms.pack.TemplatePack;
import org.foyer.forms.pack.TemplatePacks;
import org.foyer.forms.populate.Populated;
import org.foyer.forms.render.FormState;
import org.foyer.forms.validation.ParseLimits;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A vendor's declarative pack, built here as files, installs beside the default pack through the
 * same engine path, renders with its own layout, and a broken one is refused with every problem.
 */
class VendorPackTest {

  static final String MANIFEST =
      """
      {"id": "acme.wellness", "name": "Acme wellness check-ins", "vendor": "Acme Behavioral Forms",
       "version": "2.1.0", "licence": "CC-BY-4.0", "engine": "[1.0,2.0)"}
      """;

  static final String FORM =
      """
      {
        "id": "acme-weekly-check-in",
        "version": 3,
        "status": "PUBLISHED",
        "title": {"en": "Weekly check-in", "es": "Control semanal"},
        "kind": "INTAKE",
        "locales": ["en", "es"],
        "layout": "layouts/acme.vm",
        "schema": {
          "$schema": "https://json-schema.org/draft/2020-12/schema",
          "type": "object",
          "additionalProperties": false,
          "required": ["preferredName", "weekRating"],
          "properties": {
            "preferredName": {"type": "string", "minLength": 1, "maxLength": 80},
            "weekRating": {"type": "integer", "minimum": 1, "maximum": 5},
            "topic": {"type": "string", "maxLength": 500}
          }
        },
        "ui": {"pages": [{"id": "week", "sections": [{"id": "main",
          "title": {"en": "This week", "es": "Esta semana"},
          "fields": [
            {"field": "preferredName", "widget": "short-text", "label": {"en": "Your name", "es": "Su nombre"}},
            {"field": "weekRating", "widget": "likert", "label": {"en": "How was your week?", "es": "¿Cómo fue su semana?"},
             "options": [{"value": "1", "label": {"en": "Very hard", "es": "Muy difícil"}}, {"value": "5", "label": {"en": "Very good", "es": "Muy buena"}}]},
            {"field": "topic", "widget": "long-text", "label": {"en": "What would you like to talk about?", "es": "¿De qué le gustaría hablar?"}}
          ]}]}]},
        "populate": {"preferredName": "PREFERRED_NAME"}
      }
      """;

  static final String LAYOUT =
      """
      <div class="acme-brand">
      <p class="acme-banner">Acme Behavioral Forms - $form.title</p>
      #parse("foyer/form.vm")
      </div>
      """;

  static Map<String, String> vendorFiles() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("manifest.json", MANIFEST);
    files.put("forms/acme-weekly-check-in.json", FORM);
    files.put("layouts/acme.vm", LAYOUT);
    files.put("messages_en.properties", "pack.name=Acme wellness check-ins\n");
    files.put("messages_es.properties", "pack.name=Controles de bienestar de Acme\n");
    return files;
  }

  private final TemplatePacks packs = new TemplatePacks();
  private final FormEngine engine = new FormEngine(ParseLimits.DEFAULT, packs::rendererFor);

  @BeforeEach
  void installTheDefaultPackAsThePlatformDoes() {
    packs.installProviders(getClass().getClassLoader());
  }

  private static Path folder(Path dir, Map<String, String> files) throws IOException {
    for (Map.Entry<String, String> file : files.entrySet()) {
      Path path = dir.resolve(file.getKey());
      Files.createDirectories(path.getParent());
      Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
    }
    return dir;
  }

  private static ByteArrayInputStream zip(Map<String, String> files) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return new ByteArrayInputStream(out.toByteArray());
  }

  @Test
  void aVendorFolderPackInstallsBesideTheDefaultPackAndRendersWithItsOwnLayout(@TempDir Path dir)
      throws IOException {
    TemplatePack pack = packs.installDirectory(folder(dir, vendorFiles()));
    FormDefinition form = packs.findForm("acme-weekly-check-in").orElseThrow();

    String html =
        engine.renderPage(form, FormState.blank(), Locale.forLanguageTag("es"), Engine.OPTIONS);

    assertThat(packs.listPacks())
        .extracting(p -> p.manifest().id())
        .containsExactly(DefaultTemplatePack.ID, "acme.wellness");
    assertThat(pack.messages().get("es"))
        .containsEntry("pack.name", "Controles de bienestar de Acme");
    assertThat(html).contains("acme-banner", "Acme Behavioral Forms - Control semanal");
    assertThat(html).contains("¿Cómo fue su semana?");
    assertThat(HtmlChecker.problems(html)).isEmpty();
  }

  @Test
  void aVendorZipPackInstallsAndItsFormsRunThroughTheWholePipeline() throws IOException {
    packs.installZip(zip(vendorFiles()));
    FormDefinition form = packs.findForm("acme-weekly-check-in").orElseThrow();
    Populated populated = engine.populate(form, SampleClient.adult());

    ParseResult result =
        engine.parse(
            form,
            Posts.post()
                .with("preferredName", "Majo")
                .with("weekRating", "2")
                .with("topic", "Sleep and work stress")
                .build(),
            populated);

    assertThat(result.errors()).isEmpty();
    assertThat(populated.answers().get("preferredName").asText()).isEqualTo("Majo");
    assertThat(engine.blankPdf(form, Locale.ENGLISH)).isNotEmpty();
  }

  @Test
  void theDefaultFormsStillRenderWithTheBuiltInLayoutOnceAVendorPackIsInstalled(@TempDir Path dir)
      throws IOException {
    packs.installDirectory(folder(dir, vendorFiles()));

    String html =
        engine.renderPage(
            packs.findForm("minor-consent").orElseThrow(),
            FormState.blank(),
            Locale.ENGLISH,
            Engine.OPTIONS);

    assertThat(html).doesNotContain("acme-banner").contains("Consent for Treatment of a Minor");
  }

  @Test
  void aBrokenPackIsRefusedWithEveryProblemByFileAndPointerAndNothingIsInstalled(@TempDir Path dir)
      throws IOException {
    Map<String, String> files = vendorFiles();
    files.put("manifest.json", MANIFEST.replace("\"version\": \"2.1.0\",", ""));
    files.put(
        "forms/acme-weekly-check-in.json",
        FORM.replace("\"widget\": \"short-text\"", "\"widget\": \"date\"")
            .replace("\"PREFERRED_NAME\"", "\"SOCIAL_SECURITY_NUMBER\""));
    files.put("layouts/acme.vm", LAYOUT + "#evaluate($form.title)\n");

    PackRejected rejected =
        catchThrowableOfType(() -> packs.installDirectory(folder(dir, files)), PackRejected.class);

    assertThat(rejected.problems())
        .extracting(DefinitionProblem::file, DefinitionProblem::pointer)
        .contains(
            tuple("manifest.json", "/version"),
            tuple("forms/acme-weekly-check-in.json", "/populate/preferredName"),
            tuple("layouts/acme.vm", ""));
    assertThat(rejected.problems())
        .filteredOn(p -> p.file().equals("layouts/acme.vm"))
        .singleElement()
        .satisfies(p -> assertThat(p.reason()).contains("#evaluate"));
    assertThat(packs.listPacks()).hasSize(1);
    assertThat(packs.findForm("acme-weekly-check-in")).isEmpty();
  }

  @Test
  void aFormWhoseWidgetDoesNotFitItsSchemaIsReportedAtThatField(@TempDir Path dir)
      throws IOException {
    Map<String, String> files = vendorFiles();
    files.put(
        "forms/acme-weekly-check-in.json",
        FORM.replace("\"widget\": \"short-text\"", "\"widget\": \"date\""));

    PackRejected rejected =
        catchThrowableOfType(() -> packs.installDirectory(folder(dir, files)), PackRejected.class);

    assertThat(rejected.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("forms/acme-weekly-check-in.json");
              assertThat(p.pointer()).isEqualTo("/ui/pages/0/sections/0/fields/0/widget");
              assertThat(p.reason()).contains("format", "date");
            });
  }

  @Test
  void aVendorPackCannotTakeOverADefaultFormsId(@TempDir Path dir) throws IOException {
    Map<String, String> files = vendorFiles();
    files.put(
        "forms/acme-weekly-check-in.json",
        FORM.replace("\"acme-weekly-check-in\"", "\"minor-consent\""));

    PackRejected rejected =
        catchThrowableOfType(() -> packs.installDirectory(folder(dir, files)), PackRejected.class);

    assertThat(rejected.problems())
        .extracting(DefinitionProblem::reason)
        .anySatisfy(reason -> assertThat(reason).contains("\"minor-consent\"", "already"));
    assertThat(packs.findForm("minor-consent").orElseThrow().title().text(Locale.ENGLISH))
        .isEqualTo("Consent for Treatment of a Minor");
  }

  @Test
  void aZipThatReachesOutsideThePackIsRefused() throws IOException {
    Map<String, String> files = vendorFiles();
    files.put("../../etc/acme.json", "{}");

    PackRejected rejected =
        catchThrowableOfType(() -> packs.installZip(zip(files)), PackRejected.class);

    assertThat(rejected.problems())
        .singleElement()
        .satisfies(p -> assertThat(p.file()).isEqualTo("../../etc/acme.json"));
    assertThat(packs.listPacks()).hasSize(1);
  }
}
