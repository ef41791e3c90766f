package org.foyer.load;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A load run of the client portal against a running Foyer (by default the demo practice of {@code
 * java -jar platform/target/foyer.jar}). Each virtual user has its own cookie jar and loops: sign
 * in, then alternate portal home and the documents page, then drop its cookies and sign in again.
 * Reports requests per second and p50/p95/p99 latency for the sign-in (sign-in page plus the
 * password post), portal home and documents, counting what begins after the warm-up and before the
 * end of the measured time (users start nothing new after it, and what is running is awaited).
 *
 * <p>Uses nothing but the JDK, so it also runs straight from its source file: {@code java
 * platform/src/test/java/org/foyer/load/PortalLoadRun.java --base http://localhost:8091 --users 8}.
 * Answers are checked (the page asked for, not the sign-in page), and a wrong one counts as an
 * error rather than a fast request.
 */
public final class PortalLoadRun {

  private static final Pattern VIEW_STATE =
      Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
  private static final Pattern NONCE = Pattern.compile("PrimeFaces.csp.init\\('([^']+)'\\)");

  enum Operation {
    SIGN_IN("sign-in (page + post)"),
    HOME("portal home"),
    DOCUMENTS("documents page");

    final String label;

    Operation(String label) {
      this.label = label;
    }
  }

  record Settings(
      URI base,
      String slug,
      String email,
      String password,
      int users,
      Duration warmUp,
      Duration measured,
      int pagesPerSignIn) {

    static Settings parse(String[] args) {
      Map<String, String> given = new LinkedHashMap<>();
      for (int i = 0; i + 1 < args.length; i += 2) {
        if (!args[i].startsWith("--")) {
          throw new IllegalArgumentException("Expected --name value pairs, found " + args[i]);
        }
        given.put(args[i].substring(2), args[i + 1]);
      }
      Settings settings =
          new Settings(
              URI.create(given.getOrDefault("base", "http://localhost:8080")),
              given.getOrDefault("slug", "demo"),
              given.getOrDefault("email", "jordan.avery@demo.foyer.test"),
              given.getOrDefault("password", "harbor-lantern-demo-2026"),
              Integer.parseInt(given.getOrDefault("users", "8")),
              Duration.ofSeconds(Long.parseLong(given.getOrDefault("warmup", "10"))),
              Duration.ofSeconds(Long.parseLong(given.getOrDefault("seconds", "30"))),
              Integer.parseInt(given.getOrDefault("pages", "20")));
      if (settings.users < 1 || settings.pagesPerSignIn < 1 || settings.measured.isZero()) {
        throw new IllegalArgumentException("users, pages and seconds must be at least 1");
      }
      return settings;
    }

    String page(String path) {
      return base.toString().replaceAll("/$", "") + "/p/" + slug + path;
    }
  }

  /** Latencies of one operation, in nanoseconds, and its failures. */
  static final class Samples {
    private long[] nanos = new long[1024];
    private int count;
    private int errors;

    synchronized void add(long elapsed) {
      if (count == nanos.length) {
        nanos = Arrays.copyOf(nanos, count * 2);
      }
      nanos[count++] = elapsed;
    }

    synchronized void error() {
      errors++;
    }

    synchronized int count() {
      return count;
    }

    synchronized int errors() {
      return errors;
    }

    /** The nearest-rank percentile in milliseconds; 0 when nothing was measured. */
    synchronized double percentileMillis(double percentile) {
      if (count == 0) {
        return 0;
      }
      long[] sorted = Arrays.copyOf(nanos, count);
      Arrays.sort(sorted);
      int rank = (int) Math.ceil(percentile / 100.0 * count);
      return sorted[Math.max(0, rank - 1)] / 1_000_000.0;
    }
  }

  private final Settings settings;
  private final Map<Operation, Samples> samples = new LinkedHashMap<>();
  private volatile long measureFrom;
  private volatile long stopAt;
  private final AtomicLong lastEnd = new AtomicLong();

  PortalLoadRun(Settings settings) {
    this.settings = settings;
    for (Operation operation : Operation.values()) {
      samples.put(operation, new Samples());
    }
  }

  public static void main(String[] args) throws Exception {
    Settings settings = Settings.parse(args);
    PortalLoadRun run = new PortalLoadRun(settings);
    System.out.printf(
        Locale.ROOT,
        "Load run: %d users against %s (practice %s), %ds warm-up, %ds measured%n",
        settings.users,
        settings.base,
        settings.slug,
        settings.warmUp.toSeconds(),
        settings.measured.toSeconds());
    run.run();
    System.out.print(run.report());
  }

  void run() throws Exception {
    long start = System.nanoTime();
    measureFrom = start + settings.warmUp.toNanos();
    stopAt = measureFrom + settings.measured.toNanos();
    ExecutorService users = Executors.newFixedThreadPool(settings.users);
    try {
      List<Future<?>> running = new ArrayList<>();
      for (int i = 0; i < settings.users; i++) {
        running.add(users.submit(this::virtualUser));
      }
      for (Future<?> user : running) {
        user.get();
      }
    } finally {
      users.shutdownNow();
    }
  }

  private Void virtualUser() throws InterruptedException {
    CookieManager cookies = new CookieManager();
    HttpClient client =
        HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    while (System.nanoTime() < stopAt) {
      cookies.getCookieStore().removeAll();
      if (!timed(Operation.SIGN_IN, () -> signIn(client))) {
        continue;
      }
      for (int page = 0; page < settings.pagesPerSignIn && System.nanoTime() < stopAt; page++) {
        if (page % 2 == 0) {
          timed(Operation.HOME, () -> shows(client, "/portal/home", "id=\"portal-home\""));
        } else {
          timed(
              Operation.DOCUMENTS,
              () -> shows(client, "/portal/documents", "id=\"portal-documents\""));
        }
      }
    }
    return null;
  }

  interface Step {
    boolean perform() throws IOException, InterruptedException;
  }

  /** Runs a step, recording its latency (or its failure) once the warm-up is over. */
  private boolean timed(Operation operation, Step step) throws InterruptedException {
    long begin = System.nanoTime();
    boolean ok;
    try {
      ok = step.perform();
    } catch (IOException e) {
      ok = false;
    }
    long end = System.nanoTime();
    // Counted by when it began, so a slow request that ends after the window still counts;
    // dropping it would flatter the percentiles.
    if (begin >= measureFrom && begin < stopAt) {
      lastEnd.accumulateAndGet(end, Math::max);
      if (ok) {
        samples.get(operation).add(end - begin);
      } else {
        samples.get(operation).error();
      }
    }
    return ok;
  }

  private boolean signIn(HttpClient client) throws IOException, InterruptedException {
    HttpResponse<String> page = get(client, "/login");
    if (page.statusCode() != 200) {
      return false;
    }
    Map<String, String> form = new LinkedHashMap<>();
    form.put("login", "login");
    form.put("email", settings.email);
    form.put("password", settings.password);
    form.put("sign-in-button", "");
    form.put("jakarta.faces.ViewState", find(VIEW_STATE, page.body()));
    form.put("primefaces.nonce", find(NONCE, page.body()));
    String body =
        form.entrySet().stream()
            .map(
                e ->
                    URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                        + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpResponse<String> answer =
        client.send(
            HttpRequest.newBuilder(URI.create(settings.page("/login")))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    // Signed in means sent on to the portal; a second factor or the consent page would be a
    // different run (and a sign-in page answered with 200 is a refusal).
    return answer.statusCode() / 100 == 3
        && answer.headers().firstValue("Location").orElse("").endsWith("/portal/home");
  }

  private boolean shows(HttpClient client, String path, String marker)
      throws IOException, InterruptedException {
    HttpResponse<String> page = get(client, path);
    return page.statusCode() == 200 && page.body().contains(marker);
  }

  private HttpResponse<String> get(HttpClient client, String path)
      throws IOException, InterruptedException {
    return client.send(
        HttpRequest.newBuilder(URI.create(settings.page(path))).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String find(Pattern pattern, String body) {
    Matcher matcher = pattern.matcher(body);
    return matcher.find() ? matcher.group(1) : "";
  }

  String report() {
    // From the end of the warm-up to the last counted answer: the window plus the tail of the
    // requests begun in it.
    double seconds = Math.max(settings.measured.toNanos(), lastEnd.get() - measureFrom) / 1e9;
    StringBuilder out = new StringBuilder();
    out.append(
        String.format(
            Locale.ROOT,
            "%-24s %8s %7s %9s %9s %9s %9s%n",
            "operation",
            "count",
            "errors",
            "per sec",
            "p50 ms",
            "p95 ms",
            "p99 ms"));
    int total = 0;
    for (Map.Entry<Operation, Samples> entry : samples.entrySet()) {
      Samples s = entry.getValue();
      total += s.count();
      out.append(
          String.format(
              Locale.ROOT,
              "%-24s %8d %7d %9.1f %9.1f %9.1f %9.1f%n",
              entry.getKey().label,
              s.count(),
              s.errors(),
              s.count() / seconds,
              s.percentileMillis(50),
              s.percentileMillis(95),
              s.percentileMillis(99)));
    }
    out.append(
        String.format(
            Locale.ROOT,
            "HTTP requests per second, all operations: %.1f over %.1fs (a sign-in is two"
                + " requests)%n",
            (total + samples.get(Operation.SIGN_IN).count()) / seconds,
            seconds));
    return out.toString();
  }
}
