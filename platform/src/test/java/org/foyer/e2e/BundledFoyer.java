package org.foyer.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The bundled application, started exactly as the README starts it ({@code java -jar foyer.jar}) on
 * a free port in a fresh working directory, so its embedded database and demo practice are new. One
 * instance serves every browser test of the JVM, and the HTTP integration tests that need no
 * deployment of their own (one start instead of one a class).
 */
public final class BundledFoyer {

  private static final Pattern TOTP_KEY = Pattern.compile("DEMO-TOTP-KEY ([A-Z2-7]+)");
  private static BundledFoyer running;
  private static IllegalStateException failedStart;

  private final Process process;
  private final int port;
  private final Path workingDirectory;
  private final List<String> output = Collections.synchronizedList(new ArrayList<>());
  private final CompletableFuture<String> demoTotpKey = new CompletableFuture<>();

  private BundledFoyer(Process process, int port, Path workingDirectory) {
    this.process = process;
    this.port = port;
    this.workingDirectory = workingDirectory;
    Thread reader = new Thread(this::readOutput, "foyer-output");
    reader.setDaemon(true);
    reader.start();
  }

  /** The shared instance; a start that failed once is not retried by every later test. */
  public static synchronized BundledFoyer get() throws IOException, InterruptedException {
    if (failedStart != null) {
      throw failedStart;
    }
    if (running == null) {
      try {
        running = start();
      } catch (IllegalStateException e) {
        failedStart = e;
        throw e;
      }
      Runtime.getRuntime().addShutdownHook(new Thread(running::stop));
    }
    return running;
  }

  private static BundledFoyer start() throws IOException, InterruptedException {
    Path jar = Path.of(System.getProperty("foyer.jar", "target/foyer.jar")).toAbsolutePath();
    Path workingDirectory = Files.createTempDirectory("foyer-e2e");
    int port = freePort();
    ProcessBuilder builder =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"), "-jar", jar.toString())
            .directory(workingDirectory.toFile())
            .redirectErrorStream(true);
    builder.environment().put("FOYER_PORT", Integer.toString(port));
    builder.environment().remove("FOYER_DATA_DIR");
    builder.environment().remove("FOYER_DB_URL");
    BundledFoyer foyer = new BundledFoyer(builder.start(), port, workingDirectory);
    try {
      // Generous: a loaded two-core machine has been seen to need several minutes.
      foyer.awaitReady(Duration.ofMinutes(8));
    } catch (IllegalStateException | InterruptedException e) {
      foyer.stop();
      throw e;
    }
    return foyer;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private void readOutput() {
    try (BufferedReader lines =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = lines.readLine()) != null) {
        output.add(line);
        Matcher key = TOTP_KEY.matcher(line);
        if (key.find()) {
          demoTotpKey.complete(key.group(1));
        }
      }
    } catch (IOException e) {
      demoTotpKey.completeExceptionally(e);
    }
  }

  private void awaitReady(Duration limit) throws InterruptedException {
    HttpClient client = HttpClient.newHttpClient();
    Instant deadline = Instant.now().plus(limit);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("foyer.jar exited:\n" + String.join("\n", output));
      }
      try {
        HttpResponse<String> ready =
            client.send(
                HttpRequest.newBuilder(URI.create(url("/health/ready"))).build(),
                HttpResponse.BodyHandlers.ofString());
        if (ready.statusCode() == 200 && demoTotpKey.isDone()) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      }
      Thread.sleep(1000);
    }
    throw new IllegalStateException(
        "foyer.jar was not ready in time:\n" + String.join("\n", output));
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Where the instance keeps its data (the embedded PostgreSQL's under {@code postgres}). */
  public Path dataDirectory() {
    return workingDirectory.resolve("data");
  }

  /** The demo administrator's authenticator key, as the start-up notice printed it. */
  String demoTotpKey() {
    return demoTotpKey.join();
  }

  List<String> output() {
    return List.copyOf(output);
  }

  /**
   * Stops the server and removes its working directory: each run unpacks PostgreSQL and a data
   * directory there (about half a gigabyte), which would otherwise pile up in the temp folder.
   */
  private void stop() {
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    try {
      process.onExit().get(30, TimeUnit.SECONDS);
      try (Stream<Path> paths = Files.walk(workingDirectory)) {
        paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    } catch (Exception leftBehind) {
      // A directory left in the temp folder is untidy, not a failed test.
    }
  }
}
