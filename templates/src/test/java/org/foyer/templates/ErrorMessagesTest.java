package org.foyer.templates;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.foyer.forms.answers.FieldError;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.validation.ParseResult;
import org.junit.jupiter.api.Test;

class ErrorMessagesTest {

  @Test
  void everyRefusalOfAnEmptyFormNamesAFieldAndSpeaksPlainlyInBothLanguages() {
    for (FormDefinition form : DefaultPack.forms()) {
      ParseResult result = Engine.parse(form, Posts.post());

      assertThat(result.errors()).as(form.id()).isNotEmpty();
      for (FieldError error : result.errors()) {
        assertThat(form.findField(error.field())).as(form.id() + " " + error.pointer()).isPresent();
        for (Locale locale : new Locale[] {Locale.ENGLISH, Locale.forLanguageTag("es")}) {
          assertThat(error.message(locale))
              .as(form.id() + " " + error.pointer() + " " + locale)
              .isNotBlank()
              .doesNotContain("$", "schema", "required", "#/", "{0}");
        }
      }
    }
  }

  @Test
  void errorMessagesAreInSpanishForSpanishSpeakers() {
    FieldError error = Engine.parse(Engine.form("informed-consent"), Posts.post()).errors().get(0);

    assertThat(error.message(Locale.forLanguageTag("es")))
        .isNotEqualTo(error.message(Locale.ENGLISH));
  }
}
