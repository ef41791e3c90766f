package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.FormKind;
import org.foyer.forms.definition.FormStatus;
import org.foyer.forms.definition.rules.Audience;
import org.foyer.forms.pack.TemplatePack;
import org.foyer.forms.pack.TemplatePacks;
import org.junit.jupiter.api.Test;

class DefaultPackTest {

  @Test
  void theEngineInstallsThePackThroughServiceLoaderWithEveryForm() {
    TemplatePacks packs = new TemplatePacks();

    List<TemplatePack> installed = packs.installProviders(getClass().getClassLoader());

    assertThat(installed)
        .singleElement()
        .satisfies(pack -> assertThat(pack.manifest().id()).isEqualTo(DefaultTemplatePack.ID));
    assertThat(packs.findForm("phq-9")).isPresent();
    assertThat(installed.get(0).forms())
        .extracting(FormDefinition::id)
        .containsExactlyInAnyOrder(
            "client-information",
            "informed-consent",
            "privacy-notice-acknowledgment",
            "release-of-information",
            "financial-policy",
            "insurance-information",
            "telehealth-consent",
            "minor-consent",
            "health-history",
            "phq-9",
            "gad-7",
            "electronic-records-consent");
  }

  @Test
  void onlyMinorsGetTheMinorConsentAndTheInsuranceFormIsForInsuredClients() {
    for (FormDefinition form : DefaultPack.forms()) {
      Set<Audience> expected =
          switch (form.id()) {
            case "minor-consent" -> Set.of(Audience.MINOR);
            case "insurance-information" -> Set.of(Audience.INSURED);
            default -> Set.of();
          };
      assertThat(form.appliesTo()).as(form.id()).isEqualTo(expected);
    }
  }

  @Test
  void estimatedTimesAreFewMinutesForAQuestionnaireAndMoreForTheHealthHistory() {
    Map<String, Integer> minutes =
        DefaultPack.forms().stream()
            .collect(
                java.util.stream.Collectors.toMap(
                    FormDefinition::id, FormDefinition::estimatedMinutes));
    assertThat(minutes.get("phq-9")).isBetween(2, 5);
    assertThat(minutes.get("health-history")).isGreaterThan(minutes.get("phq-9"));
    assertThat(minutes.values()).allSatisfy(m -> assertThat(m).isBetween(1, 30));
  }

  @Test
  void theProviderListsEveryFileInThePackFolder() throws IOException, URISyntaxException {
    Path root = Path.of(getClass().getClassLoader().getResource(DefaultTemplatePack.ROOT).toURI());
    try (Stream<Path> files = Files.walk(root)) {
      List<String> onDisk =
          files
              .filter(Files::isRegularFile)
              .map(p -> root.relativize(p).toString().replace('\\', '/'))
              .toList();

      assertThat(DefaultTemplatePack.FILES).containsExactlyInAnyOrderElementsOf(onDisk);
    }
  }

  @Test
  void everyFormIsPublishedInEnglishAndSpanishAndAllButTheRecordsConsentAreIntake() {
    for (FormDefinition form : DefaultPack.forms()) {
      // The consent to electronic records is asked once, at the invitation; staff may still send
      // it on its own, but it must not ride in every intake packet.
      assertThat(form.kind())
          .as(form.id())
          .isEqualTo(
              form.id().equals("electronic-records-consent") ? FormKind.DYNAMIC : FormKind.INTAKE);
      assertThat(form.status()).as(form.id()).isEqualTo(FormStatus.PUBLISHED);
      assertThat(form.locales()).as(form.id()).containsExactly("en", "es");
      assertThat(form.title().byLanguage()).as(form.id()).containsKeys("en", "es");
    }
  }

  @Test
  void everyTextOfEveryFormIsWrittenInBothLanguages() {
    for (FormDefinition form : DefaultPack.forms()) {
      form.fields()
          .values()
          .forEach(
              field -> {
                assertThat(field.label().byLanguage())
                    .as(form.id() + "." + field.field())
                    .containsKeys("en", "es");
                field
                    .columns()
                    .forEach(
                        c ->
                            assertThat(c.label().byLanguage())
                                .as(form.id() + "." + field.field() + "." + c.field())
                                .containsKeys("en", "es"));
                field
                    .options()
                    .forEach(
                        o ->
                            assertThat(o.label().byLanguage())
                                .as(form.id() + "." + field.field() + "=" + o.value())
                                .containsKeys("en", "es"));
              });
      form.sections()
          .values()
          .forEach(
              s ->
                  assertThat(s.title().byLanguage())
                      .as(form.id() + "#" + s.id())
                      .containsKeys("en", "es"));
    }
  }

  @Test
  void everyFormHasACatalogueSummaryInBothLanguages() {
    for (FormDefinition form : DefaultPack.forms()) {
      for (String language : List.of("en", "es")) {
        assertThat(DefaultPack.PACK.messages().get(language))
            .as(form.id() + " " + language)
            .containsKey("form." + form.id() + ".summary");
      }
    }
    assertThat(DefaultPack.PACK.messages().get("es")).containsKeys("pack.name", "pack.description");
  }

  @Test
  void everyFormWithASignatureStatesWhatSigningMeans() {
    for (FormDefinition form : DefaultPack.forms()) {
      form.fields().values().stream()
          .filter(f -> f.widget() == org.foyer.forms.definition.layout.Widget.SIGNATURE)
          .forEach(
              f ->
                  assertThat(f.help().byLanguage())
                      .as(form.id() + " intent statement")
                      .containsKeys("en", "es"));
    }
  }
}
