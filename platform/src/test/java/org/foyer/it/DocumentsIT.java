package org.foyer.it;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * General Documents in the deployed application: the client page's section uploads through the
 * Faces form, refuses a disguised file in place, lists through the API, downloads as an attachment,
 * and another practice's administrator meets 404 for the same addresses.
 */
class DocumentsIT extends FoyerContainerTest {

  static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Test
  void staffUploadListAndDownloadAClientsDocumentAndNoOtherPracticeCan() throws Exception {
    String slug = uniqueSlug("docs");
    WebSession admin = practiceAdministrator(slug);
    String clientId = aClient(admin, slug);
    String clientPage = "/p/" + slug + "/staff/client?id=" + clientId;

    HttpResponse<String> page = admin.get(clientPage);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("General Documents", "No documents yet.", "Add a document");

    HttpResponse<String> refused = upload(admin, slug, page.body(), "invoice.pdf", html());
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("id=\"document-problems\"", "PDF, PNG and JPEG");

    HttpResponse<String> added =
        upload(admin, slug, admin.get(clientPage).body(), "..\\..\\Consent form.pdf", PDF);
    assertThat(added.body()).contains("id=\"document-notice\"", "Consent form.pdf");

    HttpResponse<String> listed =
        admin.get("/api/p/" + slug + "/clients/" + clientId + "/documents");
    assertThat(listed.statusCode()).isEqualTo(200);
    JsonArray documents = Json.createReader(new StringReader(listed.body())).readArray();
    assertThat(documents).hasSize(1);
    JsonObject document = documents.getJsonObject(0);
    assertThat(document.getString("fileName")).isEqualTo("Consent form.pdf");
    assertThat(document.getString("kind")).isEqualTo("SCANNED_FORM");
    String download =
        "/api/p/" + slug + "/clients/" + clientId + "/documents/" + document.getString("id");

    HttpResponse<byte[]> file = admin.getBytes(download);
    assertThat(file.statusCode()).isEqualTo(200);
    assertThat(file.body()).isEqualTo(PDF);
    assertThat(file.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/pdf"));
    assertThat(file.headers().firstValue("Content-Disposition"))
        .hasValueSatisfying(value -> assertThat(value).startsWith("attachment;"));
    assertThat(file.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(file.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(admin.get(clientPage).body()).contains("Consent form", "Scanned form");

    String otherSlug = uniqueSlug("docs");
    WebSession other = practiceAdministrator(otherSlug);
    assertThat(other.getBytes(download.replace(slug, otherSlug)).statusCode()).isEqualTo(404);
    assertThat(
            other.get("/api/p/" + otherSlug + "/clients/" + clientId + "/documents").statusCode())
        .isEqualTo(404);
    assertThat(
            admin
                .getBytes(download.replace(document.getString("id"), UUID.randomUUID().toString()))
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void thePracticePrefixAloneIsNoPage() throws Exception {
    WebSession anyone = session();
    assertThat(anyone.get("/p").statusCode()).isEqualTo(404);
    assertThat(anyone.get("/p/").statusCode()).isEqualTo(404);
    assertThat(anyone.get("/p/no-such-practice/portal/documents").statusCode()).isEqualTo(404);
  }

  static HttpResponse<String> upload(
      WebSession session, String slug, String page, String fileName, byte[] content)
      throws Exception {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("document-upload", "document-upload");
    fields.put("document-kind", "SCANNED_FORM");
    fields.put("document-title", "");
    fields.put("upload-document", "");
    return session.postFile(
        "/p/" + slug + "/staff/client", page, fields, "document-file", fileName, content);
  }

  private static byte[] html() {
    return "<!doctype html><script>alert(1)</script>".getBytes(StandardCharsets.UTF_8);
  }

  private String aClient(WebSession admin, String slug) throws Exception {
    String csrf = WebSession.csrfTokenOf(admin.get("/p/" + slug + "/staff/clients").body());
    return createClient(
        admin,
        slug,
        csrf,
        "{\"legalFirstName\":\"Jo\",\"legalLastName\":\"Rivera\",\"dateOfBirth\":\"1990-05-01\"}");
  }
}
