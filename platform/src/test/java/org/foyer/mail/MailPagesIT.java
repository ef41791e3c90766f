package org.foyer.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The packaged application deploys with the outbox wired (mailer chosen by configuration, sender
 * scheduled on the managed executor) and serves the development mail page of a practice.
 */
@ExtendWith(ArquillianExtension.class)
class MailPagesIT {

  @ArquillianResource URL base;

  final HttpClient http = HttpClient.newHttpClient();

  /** The WAR as packaged, like PlatformIT's deployment (its builder is package-private there). */
  @Deployment(testable = false)
  static WebArchive deployment() {
    File war = new File(System.getProperty("foyer.war", "target/foyer.war"));
    return ShrinkWrap.create(ZipImporter.class, "foyer.war").importFrom(war).as(WebArchive.class);
  }

  HttpResponse<String> get(String path) throws Exception {
    URI uri = URI.create(base.toString()).resolve(path.substring(1));
    return http.send(
        HttpRequest.newBuilder(uri).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void inDevelopmentAPracticesCapturedMailIsListed() throws Exception {
    HttpResponse<String> page = get("/p/demo/dev/mail");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("<h1>Captured mail</h1>");
  }

  @Test
  void theViewItselfIsNeverAddressedDirectly() throws Exception {
    assertThat(get("/dev/mail.xhtml").statusCode()).isEqualTo(404);
    assertThat(get("/p/no-such-practice/dev/mail").statusCode()).isEqualTo(404);
  }
}
