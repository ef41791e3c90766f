package org.foyer.forms.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foyer.forms.json.Json;
import org.foyer.forms.json.LocalSchemas;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LocalSchemasTest {

  @Test
  void aRemoteRefIsNeverFetched() {
    assertThatThrownBy(
            () ->
                LocalSchemas.compile(
                        Json.parse(
                            "{\"properties\":{\"a\":{\"$ref\":\"http://127.0.0.1:9/evil.json\"}}}"))
                    .validate(Json.parse("{\"a\":1}")))
        .hasRootCauseInstanceOf(org.foyer.forms.json.RemoteSchemaRefused.class);
  }

  @Test
  void aFileRefIsNeverRead() {
    assertThatThrownBy(
            () ->
                LocalSchemas.compile(Json.parse("{\"$ref\":\"file:///etc/passwd\"}"))
                    .validate(Json.parse("1")))
        .hasRootCauseInstanceOf(org.foyer.forms.json.RemoteSchemaRefused.class);
  }

  @ParameterizedTest
  @CsvSource({
    "ana@example.org, true",
    "jordan.avery@demo.foyer.test, true",
    "someone@clinic.example, true",
    "Casey@Demo.Foyer.TEST, true",
    "no-at-sign.test, false",
    "two@@signs.test, false",
    "space in@name.test, false",
    "ana@.test, false",
    "ana@example.invalidtld, false",
    "ana@exa mple.test, false"
  })
  void emailAddressesUnderTheTestingDomainsAreHeldToTheSameRules(String address, boolean valid) {
    var schema = LocalSchemas.compile(Json.parse("{\"type\":\"string\",\"format\":\"email\"}"));
    assertThat(schema.validate(Json.parse("\"" + address + "\""))).hasSize(valid ? 0 : 1);
  }
}
