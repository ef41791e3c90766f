package org.foyer.core.web.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Versioned resource names: added once, read back from any query, and changed by the content. */
class LongLivedResourcesTest {

  @Test
  void aVersionIsAddedOnlyWhereThePathNamesNone() {
    assertThat(
            LongLivedResources.withVersion("/jakarta.faces.resource/foyer/foyer.css.xhtml", "ab12"))
        .isEqualTo("/jakarta.faces.resource/foyer/foyer.css.xhtml?v=ab12");
    assertThat(LongLivedResources.withVersion("/r/app.js.xhtml?ln=foyer", "ab12"))
        .isEqualTo("/r/app.js.xhtml?ln=foyer&v=ab12");
    assertThat(LongLivedResources.withVersion("/r/core.js.xhtml?ln=primefaces&v=15.0.13", "ab12"))
        .as("PrimeFaces' own library version stays")
        .isEqualTo("/r/core.js.xhtml?ln=primefaces&v=15.0.13");
  }

  @Test
  void theVersionIsReadFromAnyPlaceInTheQuery() {
    assertThat(LongLivedResources.versionIn("/r/core.js.xhtml?ln=primefaces&amp;v=15.0.13"))
        .hasValue("15.0.13");
    assertThat(LongLivedResources.versionIn("/r/x.css.xhtml?v=ab12&ln=foyer")).hasValue("ab12");
    assertThat(LongLivedResources.versionIn("/r/x.css.xhtml?ln=foyer")).isEmpty();
    assertThat(LongLivedResources.versionIn("/r/x.css.xhtml")).isEmpty();
    assertThat(LongLivedResources.versionIn("/r/x.css.xhtml?vv=1&version=2")).isEmpty();
  }

  @Test
  void theNameChangesWithTheContentAndOnlyWithIt() throws Exception {
    String first = hash("body { color: #1f2933; }");

    assertThat(first).hasSize(12).matches("[0-9a-f]+");
    assertThat(hash("body { color: #1f2933; }")).isEqualTo(first);
    assertThat(hash("body { color: #1f2934; }")).isNotEqualTo(first);
  }

  private static String hash(String content) throws Exception {
    return LongLivedResources.hashOf(
        new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8)));
  }
}
