package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Scripts and styles as a phone fetches them from the running jar: under content-versioned names
 * that browsers keep for a year, compressed; pages never kept and never compressed (they carry the
 * CSRF token and health information beside text a visitor can put there, which BREACH reads through
 * compressed sizes).
 */
class StaticResourcesIT {

  static final Pattern STYLESHEET =
      Pattern.compile(
          "href=\"([^\"]*/jakarta\\.faces\\.resource/foyer/foyer\\.css\\.xhtml[^\"]*)\"");
  static final Pattern JQUERY =
      Pattern.compile(
          "src=\"([^\"]*/jakarta\\.faces\\.resource/jquery/jquery\\.js\\.xhtml[^\"]*)\"");

  BundledFoyer foyer;
  // As a browser talks to a plain-HTTP address: HTTP/1.1 (browsers speak HTTP/2 only over TLS, and
  // Grizzly does not compress the HTTP/2 a client upgrades to in clear text).
  final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @BeforeEach
  void start() throws Exception {
    foyer = BundledFoyer.get();
  }

  @Test
  void stylesAndScriptsAreVersionedKeptForAYearAndCompressedWhilePagesAreNeither()
      throws Exception {
    HttpResponse<String> page = get("/p/demo/login", true);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Encoding"))
        .as("a page is never compressed")
        .isEmpty();
    assertThat(page.headers().firstValue("Cache-Control")).hasValue("no-store");

    String stylesheet = address(STYLESHEET, page.body());
    assertThat(stylesheet).matches(".*[?&]v=[0-9a-f]{12}$");
    HttpResponse<String> versioned = get(stylesheet, true);
    assertThat(versioned.statusCode()).isEqualTo(200);
    assertThat(versioned.headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=31536000, immutable");
    assertThat(versioned.headers().firstValue("Content-Encoding")).hasValue("gzip");

    String unversioned = stylesheet.replaceAll("[?&]v=[0-9a-f]{12}$", "");
    assertThat(get(unversioned, false).headers().firstValue("Cache-Control"))
        .as("an address without the version is not kept for a year")
        .isNotEqualTo(java.util.Optional.of("public, max-age=31536000, immutable"));
    assertThat(
            get(stylesheet.replaceAll("v=[0-9a-f]{12}$", "v=000000000000"), false)
                .headers()
                .firstValue("Cache-Control"))
        .as("an old page's version is not kept for a year either")
        .isNotEqualTo(java.util.Optional.of("public, max-age=31536000, immutable"));

    String jquery = address(JQUERY, page.body());
    assertThat(jquery).contains("v=");
    assertThat(get(jquery, true).headers().firstValue("Cache-Control"))
        .hasValue("public, max-age=31536000, immutable");
  }

  private String address(Pattern pattern, String html) {
    Matcher found = pattern.matcher(html);
    assertThat(found.find()).as(pattern.pattern()).isTrue();
    return found.group(1).replace("&amp;", "&");
  }

  private HttpResponse<String> get(String path, boolean gzip) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(foyer.url(path))).GET();
    if (gzip) {
      request.header("Accept-Encoding", "gzip");
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }
}
