package org.foyer.it;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.foyer.security.totp.Totp;
import org.foyer.security.totp.TotpSecret;

/**
 * One browser-like session against a deployed Foyer: cookies, the sign-in page's form fields (view
 * state and PrimeFaces' CSP nonce), and JSON calls.
 */
final class WebSession {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces.csp.init\\('([^']+)'\\)");
  private static final Pattern CSRF = Pattern.compile("name=\"foyer-csrf\" content=\"([^\"]+)\"");
  private static final Pattern SECRET = Pattern.compile("id=\"enrollment-secret\">([A-Z2-7]+)<");

  private final String base;
  private final HttpClient client;

  WebSession(String base) {
    this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    this.client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  HttpResponse<String> send(
      String method, String path, String contentType, String body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(method, HttpRequest.BodyPublishers.ofString(body))
            .header("Content-Type", contentType);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Sends raw bytes (an image upload), with the given headers in name, value pairs. */
  HttpResponse<String> sendBytes(
      String method, String path, String contentType, byte[] body, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .method(method, HttpRequest.BodyPublishers.ofByteArray(body))
            .header("Content-Type", contentType);
    for (int i = 0; i + 1 < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Signs in through the practice's sign-in page, enrolling an authenticator when asked. */
  HttpResponse<String> signIn(String slug, String email, String password)
      throws IOException, InterruptedException {
    HttpResponse<String> page = get("/p/" + slug + "/login");
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("email", email);
    form.put("password", password);
    form.put("sign-in-button", "");
    HttpResponse<String> answer = postForm("/p/" + slug + "/login", page.body(), form);
    Matcher secret = SECRET.matcher(answer.body());
    if (secret.find()) {
      Totp totp = new Totp(Clock.systemUTC());
      Map<String, String> enrol = new LinkedHashMap<>();
      enrol.put("login", "login");
      enrol.put(
          "enroll-code", totp.codeAt(TotpSecret.fromBase32(secret.group(1)), totp.currentStep()));
      enrol.put("confirm-enrollment", "");
      answer = postForm("/p/" + slug + "/login", answer.body(), enrol);
    }
    return answer;
  }

  /** Posts a Faces form of the page, with the view state and PrimeFaces' nonce taken from it. */
  HttpResponse<String> postForm(String path, String pageBody, Map<String, String> fields)
      throws IOException, InterruptedException {
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("jakarta.faces.ViewState", find(VIEW_STATE, pageBody));
    all.put("primefaces.nonce", find(NONCE, pageBody));
    String body =
        all.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send("POST", path, "application/x-www-form-urlencoded", body);
  }

  /** The CSRF token a page carries for its scripts. */
  static String csrfTokenOf(String page) {
    return find(CSRF, page);
  }

  /** The first group of the pattern's first match in the page; fails the test without one. */
  static String find(Pattern pattern, String body) {
    Matcher matcher = pattern.matcher(body);
    if (!matcher.find()) {
      throw new IllegalStateException("page lacks " + pattern + ":\n" + body);
    }
    return matcher.group(1);
  }

  /** A download, as bytes with its headers. */
  HttpResponse<byte[]> getBytes(String path) throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path)).GET().build(),
        HttpResponse.BodyHandlers.ofByteArray());
  }

  /**
   * Posts a multipart Faces form of the page (view state and nonce taken from it) with one file, as
   * a browser's file upload does.
   */
  HttpResponse<String> postFile(
      String path,
      String pageBody,
      Map<String, String> fields,
      String fileField,
      String fileName,
      byte[] content)
      throws IOException, InterruptedException {
    String boundary = "----foyer-" + java.util.UUID.randomUUID();
    Map<String, String> all = new LinkedHashMap<>(fields);
    all.put("jakarta.faces.ViewState", find(VIEW_STATE, pageBody));
    all.put("primefaces.nonce", find(NONCE, pageBody));
    java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
    for (Map.Entry<String, String> field : all.entrySet()) {
      body.writeBytes(
          ("--"
                  + boundary
                  + "\r\nContent-Disposition: form-data; name=\""
                  + field.getKey()
                  + "\"\r\n\r\n"
                  + field.getValue()
                  + "\r\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    body.writeBytes(
        ("--"
                + boundary
                + "\r\nContent-Disposition: form-data; name=\""
                + fileField
                + "\"; filename=\""
                + fileName
                + "\"\r\nContent-Type: application/octet-stream"
                + "\r\n\r\n")
            .getBytes(StandardCharsets.UTF_8));
    body.writeBytes(content);
    body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return client.send(
        HttpRequest.newBuilder(URI.create(base + path))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()))
            .header("Content-Type", "multipart/form-data; boundary=" + boundary)
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
