package org.foyer.forms.validation;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.foyer.forms.json.Json;
import org.foyer.forms.json.LocalSchemas;
import org.junit.jupiter.api.Test;

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
}
