package org.foyer.forms.pack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.foyer.forms.FormEngine;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.problems.DefinitionProblem;
import org.foyer.forms.json.Json;
import org.foyer.forms.render.FormState;
import org.foyer.forms.render.RenderOptions;
import org.foyer.forms.render.RenderRefused;
import org.foyer.forms.validation.ParseLimits;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplatePacksTest {

  private final TemplatePacks packs = new TemplatePacks();

  private DefinitionProblem rejection(Runnable install) {
    PackRejected rejected = catchThrowableOfType(PackRejected.class, install::run);
    assertThat(rejected).as("pack was accepted").isNotNull();
    assertThat(packs.listPacks()).as("nothing installed").isEmpty();
    return rejected.problems().get(0);
  }

  private DefinitionProblem rejectionOf(Map<String, byte[]> files) {
    return rejection(() -> packs.installZip(Packs.zip(files)));
  }

  @Test
  void aValidZipPackInstallsItsFormsAndMessages() {
    TemplatePack pack = packs.installZip(Packs.zip(Packs.valid()));
    assertThat(pack.manifest().vendor()).isEqualTo("Acme");
    assertThat(packs.findForm("phq-9")).isPresent();
    assertThat(pack.messages().get("es")).containsEntry("greeting", "Hola");
  }

  @Test
  void aValidFolderPackInstalls(@TempDir Path dir) throws IOException {
    for (Map.Entry<String, byte[]> f : Packs.valid().entrySet()) {
      Path path = dir.resolve(f.getKey());
      Files.createDirectories(path.getParent());
      Files.write(path, f.getValue());
    }
    assertThat(packs.installDirectory(dir).forms())
        .extracting(FormDefinition::id)
        .containsExactly("phq-9");
  }

  @Test
  void providersOnTheClassPathAreInstalledThroughServiceLoader() {
    assertThat(packs.installProviders(getClass().getClassLoader()))
        .extracting(p -> p.manifest().id())
        .containsExactly("test.pack");
    assertThat(packs.findForm("gad-7")).isPresent();
  }

  @Test
  void zipSlipIsRefused() {
    Map<String, byte[]> files = Packs.valid();
    files.put("../../etc/cron.d/evil.json", Packs.utf8("{}"));
    DefinitionProblem problem = rejectionOf(files);
    assertThat(problem.file()).isEqualTo("../../etc/cron.d/evil.json");
    assertThat(problem.reason()).contains("unsafe path");
  }

  @Test
  void absoluteAndBackslashPathsAreRefused() {
    Map<String, byte[]> files = Packs.valid();
    files.put("/etc/passwd", Packs.utf8("x"));
    assertThat(rejectionOf(files).reason()).contains("unsafe path");
    Map<String, byte[]> windows = Packs.valid();
    windows.put("forms\\..\\..\\x.json", Packs.utf8("{}"));
    assertThat(rejectionOf(windows).reason()).contains("unsafe path");
  }

  @Test
  void unexpectedFilesAreRefused() {
    Map<String, byte[]> files = Packs.valid();
    files.put("lib/evil.jar", new byte[] {1, 2, 3});
    assertThat(rejectionOf(files).reason()).contains("unexpected file");
  }

  @Test
  void zipBombsAreRefusedByCompressionRatio() {
    Map<String, byte[]> files = Packs.valid();
    files.put("forms/bomb.json", new byte[900_000]);
    DefinitionProblem problem = rejectionOf(files);
    assertThat(problem.file()).isEqualTo("forms/bomb.json");
    assertThat(problem.reason()).contains("zip bomb");
  }

  @Test
  void oversizedEntriesAreRefusedWhileInflating() {
    Map<String, byte[]> files = Packs.valid();
    files.put("forms/huge.json", new byte[5_000_000]);
    TemplatePacks strict = new TemplatePacks(new PackLimits(500, 1 << 20, 16 << 20, 100_000, 200));
    PackRejected rejected =
        catchThrowableOfType(PackRejected.class, () -> strict.installZip(Packs.zip(files)));
    assertThat(rejected.problems().get(0).reason()).contains("larger than 1048576 bytes");
  }

  @Test
  void packsOverTheTotalSizeAreRefused() {
    TemplatePacks small = new TemplatePacks(new PackLimits(500, 1 << 20, 4_000, 100, 200));
    PackRejected rejected =
        catchThrowableOfType(PackRejected.class, () -> small.installZip(Packs.zip(Packs.valid())));
    assertThat(rejected.problems().get(0).reason()).contains("the pack is larger than 4000 bytes");
  }

  @Test
  void tooManyFilesAreRefused() {
    TemplatePacks few = new TemplatePacks(new PackLimits(2, 1 << 20, 16 << 20, 100, 200));
    PackRejected rejected =
        catchThrowableOfType(PackRejected.class, () -> few.installZip(Packs.zip(Packs.valid())));
    assertThat(rejected.problems().get(0).reason()).contains("more than 2 files");
  }

  @Test
  void duplicateZipEntriesAreRefused() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      for (int i = 0; i < 2; i++) {
        // ZipOutputStream refuses duplicate names, so write another name of equal length and patch
        // it.
        ZipEntry entry = new ZipEntry(i == 0 ? "manifest.json" : "forms/ab.json");
        zip.putNextEntry(entry);
        zip.write(Packs.utf8(Packs.MANIFEST));
        zip.closeEntry();
      }
    }
    byte[] bytes = out.toByteArray();
    String text =
        new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1)
            .replace("forms/ab.json", "manifest.json");
    byte[] tampered = text.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    DefinitionProblem problem =
        rejection(() -> packs.installZip(new ByteArrayInputStream(tampered)));
    assertThat(problem.reason()).contains("twice");
  }

  @Test
  void somethingThatIsNotAZipIsRefused() {
    assertThat(
            rejection(() -> packs.installZip(new ByteArrayInputStream(Packs.utf8("not a zip"))))
                .reason())
        .contains("not a zip");
  }

  @Test
  void textThatIsNotUtf8IsRefused() {
    Map<String, byte[]> files = Packs.valid();
    files.put("messages_en.properties", new byte[] {'a', '=', (byte) 0xC3, (byte) 0x28});
    DefinitionProblem problem = rejectionOf(files);
    assertThat(problem.file()).isEqualTo("messages_en.properties");
    assertThat(problem.reason()).isEqualTo("is not valid UTF-8 text");
  }

  @Test
  void anInvalidFormIsReportedByFileAndPointerAndNothingIsInstalled() {
    Map<String, byte[]> files = Packs.valid();
    var form = Json.parse(org.foyer.forms.SampleForms.text("phq9.json"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) form).put("id", "other-form");
    ((com.fasterxml.jackson.databind.node.ObjectNode)
            form.get("ui").get("pages").get(0).get("sections").get(0).get("fields").get(0))
        .put("widget", "slider");
    files.put("forms/broken.json", Packs.utf8(form.toString()));
    DefinitionProblem problem = rejectionOf(files);
    assertThat(problem.file()).isEqualTo("forms/broken.json");
    assertThat(problem.pointer()).isEqualTo("/ui/pages/0/sections/0/fields/0/widget");
    assertThat(problem.reason()).contains("unknown widget");
  }

  @Test
  void scoringProblemsAreReportedToo() {
    Map<String, byte[]> files = Packs.valid();
    var form =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            Json.parse(org.foyer.forms.SampleForms.text("phq9.json"));
    form.set(
        "scoring",
        Json.parse("{\"scores\":[{\"id\":\"t\",\"expression\":{\"exec\":\"rm -rf /\"}}]}"));
    files.put("forms/phq9.json", Packs.utf8(form.toString()));
    DefinitionProblem problem = rejectionOf(files);
    assertThat(problem.pointer()).isEqualTo("/scoring/scores/0/expression/exec");
  }

  @Test
  void duplicateFormIdsInAPackAreRefused() {
    Map<String, byte[]> files = Packs.valid();
    files.put("forms/phq9-copy.json", Packs.utf8(org.foyer.forms.SampleForms.text("phq9.json")));
    assertThat(rejectionOf(files).reason()).contains("used by another form in this pack");
  }

  @Test
  void installingTheSamePackIdTwiceIsRefusedAndTheFirstStays() {
    packs.installZip(Packs.zip(Packs.valid()));
    PackRejected rejected =
        catchThrowableOfType(PackRejected.class, () -> packs.installZip(Packs.zip(Packs.valid())));
    assertThat(rejected.problems())
        .extracting(DefinitionProblem::reason)
        .anySatisfy(r -> assertThat(r).contains("already installed"));
    assertThat(packs.listPacks()).hasSize(1);
  }

  @Test
  void manifestProblemsArePrecise() {
    Map<String, byte[]> files = Packs.valid();
    files.put(
        "manifest.json",
        Packs.utf8(
            "{\"id\":\"Acme Mood\",\"name\":\"x\",\"vendor\":\"v\",\"version\":\"one\",\"licence\":\"MIT\",\"engine\":\"[2.0,3.0)\"}"));
    PackRejected rejected =
        catchThrowableOfType(PackRejected.class, () -> packs.installZip(Packs.zip(files)));
    assertThat(rejected.problems())
        .extracting(DefinitionProblem::pointer)
        .containsExactlyInAnyOrder("/id", "/version", "/engine");
  }

  @Test
  void aMissingManifestIsReported() {
    Map<String, byte[]> files = Packs.valid();
    files.remove("manifest.json");
    assertThat(rejectionOf(files).file()).isEqualTo("manifest.json");
  }

  @Test
  void hostileLayoutsAreRefusedAtInstall() {
    Map<String, byte[]> files = Packs.valid();
    files.put("layouts/evil.vm", Packs.utf8("#evaluate($form.title)"));
    DefinitionProblem problem = rejectionOf(files);
    assertThat(problem.file()).isEqualTo("layouts/evil.vm");
    assertThat(problem.reason()).contains("#evaluate");
  }

  @Test
  void aFormNamingAMissingLayoutIsRefused() {
    Map<String, byte[]> files = Packs.valid();
    var form =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            Json.parse(org.foyer.forms.SampleForms.text("phq9.json"));
    form.put("layout", "layouts/nowhere.vm");
    files.put("forms/phq9.json", Packs.utf8(form.toString()));
    assertThat(rejectionOf(files).pointer()).isEqualTo("/layout");
  }

  @Test
  void packLayoutsRenderInTheSandbox() {
    Map<String, byte[]> files = Packs.valid();
    var form =
        (com.fasterxml.jackson.databind.node.ObjectNode)
            Json.parse(org.foyer.forms.SampleForms.text("phq9.json"));
    form.put("layout", "layouts/branded.vm");
    files.put("forms/phq9.json", Packs.utf8(form.toString()));
    files.put(
        "layouts/branded.vm", Packs.utf8("<div class=\"acme\">#parse(\"foyer/form.vm\")</div>"));
    files.put("layouts/sneaky.vm", Packs.utf8("$form.getClass().forName('java.lang.Runtime')"));
    TemplatePack pack = packs.installZip(Packs.zip(files));
    FormEngine engine = new FormEngine(ParseLimits.DEFAULT, packs::rendererFor);
    FormDefinition phq9 = pack.findForm("phq-9").orElseThrow();

    String html = engine.render(phq9, FormState.blank(), Locale.ENGLISH, RenderOptions.DEFAULT);
    assertThat(html).startsWith("<div class=\"acme\"><form");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> pack.renderer().renderTemplate("layouts/sneaky.vm", Map.of("form", Map.of())))
        .isInstanceOf(RenderRefused.class);
  }

  @Test
  void symbolicLinksInFolderPacksAreRefused(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("manifest.json"), Packs.utf8(Packs.MANIFEST));
    Files.createDirectories(dir.resolve("forms"));
    Files.createSymbolicLink(dir.resolve("forms/passwd.json"), Path.of("/etc/passwd"));
    DefinitionProblem problem = rejection(() -> packs.installDirectory(dir));
    assertThat(problem.reason()).contains("symbolic link");
  }

  @Test
  void hugeFilesInFolderPacksAreRefused(@TempDir Path dir) throws IOException {
    Files.write(dir.resolve("manifest.json"), new byte[2 << 20]);
    assertThat(rejection(() -> packs.installDirectory(dir)).reason()).contains("larger than");
  }

  @Test
  void engineRangesAreUnderstood() {
    assertThat(EngineVersion.accepts("[1.0,2.0)", "1.0.0")).isTrue();
    assertThat(EngineVersion.accepts("[1.0,2.0)", "2.0.0")).isFalse();
    assertThat(EngineVersion.accepts("(1.0,2.0]", "1.0.0")).isFalse();
    assertThat(EngineVersion.accepts("[1.0,)", "7.3")).isTrue();
    assertThat(EngineVersion.accepts("1.0", "1.0.9")).isTrue();
    assertThat(EngineVersion.accepts("1.0", "1.1.0")).isFalse();
    assertThat(EngineVersion.rangeProblem("latest")).isNotNull();
  }
}
