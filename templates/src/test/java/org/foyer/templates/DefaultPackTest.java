package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.FormKind;
import org.junit.jupiter.api.Test;

class DefaultPackTest {

  @Test
  void everyFormInTheManifestPassesTheEngineDefinitionChecks() {
    TemplatePack pack = DefaultTemplatePack.pack();

    assertThat(pack.forms()).hasSize(pack.manifest().forms().size());
    assertThat(pack.manifest().id()).isEqualTo(DefaultTemplatePack.ID);
  }

  @Test
  void everyFormIsAnIntakeFormInEnglishAndSpanish() {
    for (FormDefinition form : DefaultTemplatePack.forms()) {
      assertThat(form.kind()).as(form.id()).isEqualTo(FormKind.INTAKE);
      assertThat(form.locales()).as(form.id()).containsExactly("en", "es");
      assertThat(form.title().byLanguage()).as(form.id()).containsKeys("en", "es");
    }
  }

  @Test
  void everyFormHasACatalogueSummaryInBothLanguages() {
    for (FormDefinition form : DefaultTemplatePack.forms()) {
      for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("es")}) {
        assertThat(DefaultTemplatePack.messages(locale).getString("form." + form.id() + ".summary"))
            .as(form.id() + " " + locale)
            .isNotBlank();
      }
    }
  }
}
