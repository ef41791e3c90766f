// Form page load run (on demand, never in CI): the signed-in demo client opens the largest intake
// form waiting in their portal, then submits it; reports requests/s and p50/p95/p99 per step.
// The submission posts the form's pre-filled inputs only, so it is refused (required answers
// missing) and answered with the form re-rendered with its errors: parse, validate and render run
// on every request, and the form stays open for the next one.
//
// Usage (JDK only; a Foyer started with its own port and data directory):
//   FOYER_PORT=8093 FOYER_DATA_DIR=/tmp/foyer-form-load java -jar platform/target/foyer.jar &
//   java platform/src/test/load/FormLoadRun.java --base http://localhost:8093 --users 4 \
//       --warmup 15 --seconds 30
// For the engine's share, start Foyer with
//   FOYER_JAVA_OPTS=-XX:StartFlightRecording=filename=/tmp/form.jfr,settings=profile
// and read the recording with platform/src/test/load/engine-share.sh /tmp/form.jfr.
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

public class FormLoadRun {
  static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  static final Pattern NONCE = Pattern.compile("PrimeFaces.csp.init\\('([^']+)'\\)");
  static final Pattern FORM_LINK = Pattern.compile("/portal/form\\?id=([0-9a-f-]{36})");
  static final Pattern INPUT = Pattern.compile("<input\\b[^>]*>");
  static final Pattern ATTRIBUTE = Pattern.compile("\\b(name|value|type)=\"([^\"]*)\"");

  static String base = "http://localhost:8080";
  static String slug = "demo";
  static String email = "jordan.avery@demo.foyer.test";
  static String password = "harbor-lantern-demo-2026";
  static int users = 4;
  static int warmup = 15;
  static int seconds = 30;

  public static void main(String[] args) throws Exception {
    for (int i = 0; i + 1 < args.length; i += 2) {
      String value = args[i + 1];
      switch (args[i]) {
        case "--base" -> base = value;
        case "--slug" -> slug = value;
        case "--email" -> email = value;
        case "--password" -> password = value;
        case "--users" -> users = Integer.parseInt(value);
        case "--warmup" -> warmup = Integer.parseInt(value);
        case "--seconds" -> seconds = Integer.parseInt(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i]);
      }
    }
    HttpClient client = signedIn();
    String home = get(client, page("/portal/home")).body();
    String formPage = null;
    int largest = -1;
    Matcher links = FORM_LINK.matcher(home);
    while (links.find()) {
      String url = page("/portal/form?id=" + links.group(1));
      int inputs = count(INPUT, get(client, url).body());
      if (inputs > largest) {
        largest = inputs;
        formPage = url;
      }
    }
    if (formPage == null) {
      throw new IllegalStateException("no form waits in the portal of " + email);
    }
    String post = prefilledPost(get(client, formPage).body());
    System.out.printf("form %s (%d inputs), %d users, %d s after %d s warm-up%n",
        formPage, largest, users, seconds, warmup);
    String open = formPage;
    run("open form", client, () -> HttpRequest.newBuilder(URI.create(open)).GET().build(),
        r -> r.statusCode() == 200 && r.body().contains("_csrf"));
    run("submit (refused)", client,
        () -> HttpRequest.newBuilder(URI.create(open))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(post)).build(),
        r -> r.statusCode() == 200 && r.body().contains("aria-invalid=\"true\""));
  }

  interface Check {
    boolean ok(HttpResponse<String> response);
  }

  interface Request {
    HttpRequest build();
  }

  static void run(String name, HttpClient client, Request request, Check check) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(users);
    long start = System.nanoTime();
    long measureFrom = start + warmup * 1_000_000_000L;
    long stopAt = measureFrom + seconds * 1_000_000_000L;
    List<Future<long[]>> results = new ArrayList<>();
    for (int u = 0; u < users; u++) {
      Callable<long[]> user = () -> {
        long[] nanos = new long[1024];
        int n = 0;
        int errors = 0;
        while (true) {
          long t0 = System.nanoTime();
          if (t0 >= stopAt) {
            break;
          }
          HttpResponse<String> response = client.send(request.build(), HttpResponse.BodyHandlers.ofString());
          long t1 = System.nanoTime();
          if (t0 >= measureFrom && t1 <= stopAt) {
            if (!check.ok(response)) {
              errors++;
            }
            if (n == nanos.length) {
              nanos = Arrays.copyOf(nanos, n * 2);
            }
            nanos[n++] = t1 - t0;
          }
        }
        long[] out = Arrays.copyOf(nanos, n + 1);
        out[n] = -errors - 1;
        return out;
      };
      results.add(pool.submit(user));
    }
    List<Long> all = new ArrayList<>();
    int errors = 0;
    for (Future<long[]> f : results) {
      long[] r = f.get();
      for (int i = 0; i < r.length - 1; i++) {
        all.add(r[i]);
      }
      errors += (int) (-r[r.length - 1] - 1);
    }
    pool.shutdown();
    all.sort(null);
    System.out.printf("%-18s %8.1f req/s  p50 %7.1f ms  p95 %7.1f ms  p99 %7.1f ms  (%d requests, %d wrong)%n",
        name, all.size() / (double) seconds, ms(all, 0.50), ms(all, 0.95), ms(all, 0.99),
        all.size(), errors);
  }

  static double ms(List<Long> sorted, double q) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, q * sorted.size())) / 1e6;
  }

  /** Every text-like input's current value (the pre-fills) and the hidden ones, plus submit. */
  static String prefilledPost(String html) {
    Map<String, String> form = new LinkedHashMap<>();
    Matcher input = INPUT.matcher(html);
    while (input.find()) {
      Map<String, String> attributes = new LinkedHashMap<>();
      Matcher a = ATTRIBUTE.matcher(input.group());
      while (a.find()) {
        attributes.putIfAbsent(a.group(1), a.group(2));
      }
      String type = attributes.getOrDefault("type", "text");
      String fieldName = attributes.get("name");
      if (fieldName == null || fieldName.equals("jakarta.faces.ViewState")
          || type.equals("radio") || type.equals("checkbox") || type.equals("file")
          || type.equals("submit") || !attributes.containsKey("value")) {
        continue;
      }
      form.put(fieldName, attributes.get("value").replace("&amp;", "&").replace("&#39;", "'")
          .replace("&quot;", "\""));
    }
    form.put("_action", "submit");
    return encode(form);
  }

  static HttpClient signedIn() throws Exception {
    HttpClient client = HttpClient.newBuilder().cookieHandler(new CookieManager())
        .followRedirects(HttpClient.Redirect.NEVER).build();
    String login = get(client, page("/login")).body();
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("email", email);
    form.put("password", password);
    form.put("sign-in-button", "");
    form.put("jakarta.faces.ViewState", find(VIEW_STATE, login));
    form.put("primefaces.nonce", find(NONCE, login));
    client.send(HttpRequest.newBuilder(URI.create(page("/login")))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(encode(form))).build(),
        HttpResponse.BodyHandlers.discarding());
    if (!get(client, page("/portal/home")).body().contains("id=\"portal-home\"")) {
      throw new IllegalStateException(email + " could not sign in at " + page("/login"));
    }
    return client;
  }

  static HttpResponse<String> get(HttpClient client, String url) throws Exception {
    return client.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  static String page(String path) {
    return base + "/p/" + slug + path;
  }

  static String find(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    return m.find() ? m.group(1) : "";
  }

  static int count(Pattern pattern, String body) {
    Matcher m = pattern.matcher(body);
    int n = 0;
    while (m.find()) {
      n++;
    }
    return n;
  }

  static String encode(Map<String, String> form) {
    return form.entrySet().stream()
        .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
            + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
        .collect(Collectors.joining("&"));
  }
}
