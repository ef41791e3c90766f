package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar under an operator's bad day, with real processes: kill -9 of the server and of
 * the launcher, the database gone, a stop under load, a port or data directory already taken.
 */
class ProcessLifecycleIT {

  private final List<Launched> started = new ArrayList<>();

  @Test
  void misspeltModeNamesTheValidValuesWithoutAStackTrace() throws Exception {
    Launched foyer = launch(Files.createTempDirectory("foyer-mode"), freePort(), "prodution");
    assertThat(foyer.process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(foyer.process.exitValue()).isEqualTo(2);
    assertThat(foyer.output())
        .contains("FOYER_MODE is 'prodution': it must be development or production")
        .doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void busyPortEndsTheLauncherWithWhatToDo() throws Exception {
    try (ServerSocket taken = new ServerSocket(0)) {
      Launched foyer =
          launch(Files.createTempDirectory("foyer-port"), taken.getLocalPort(), "development");
      assertThat(foyer.process.waitFor(60, TimeUnit.SECONDS)).as("exits at once").isTrue();
      assertThat(foyer.process.exitValue()).isEqualTo(3);
      assertThat(foyer.output())
          .contains("port " + taken.getLocalPort() + " is already in use by another program")
          .contains("set FOYER_PORT to a free port");
    }
  }

  @Test
  void dataDirectoryOfARunningFoyerIsRefused() throws Exception {
    Path data = Files.createTempDirectory("foyer-busy-data");
    try (FileChannel channel =
            FileChannel.open(
                data.resolve("foyer.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock held = channel.lock()) {
      Launched foyer = launch(data, freePort(), "development");
      assertThat(foyer.process.waitFor(60, TimeUnit.SECONDS)).as("exits at once").isTrue();
      assertThat(foyer.process.exitValue()).isEqualTo(3);
      assertThat(foyer.output())
          .contains("another Foyer is running with the data directory")
          .contains("set FOYER_DATA_DIR");
    }
  }

  @Test
  void deploymentThatCannotReachItsDatabaseEndsTheProcessWithTheReason() throws Exception {
    int nobodyListens = freePort();
    Launched foyer =
        launch(
            Files.createTempDirectory("foyer-no-db"),
            freePort(),
            "development",
            Map.of(
                "FOYER_DB_URL",
                "jdbc:postgresql://127.0.0.1:" + nobodyListens + "/foyer",
                "FOYER_DB_OWNER_USER",
                "foyer_owner"));
    assertThat(foyer.process.waitFor(8, TimeUnit.MINUTES)).as(foyer::output).isTrue();
    assertThat(foyer.process.exitValue()).as(foyer::output).isNotZero();
    assertThat(foyer.output()).contains("Foyer could not start");
  }

  /**
   * One data directory through three lives: the server killed (its PostgreSQL orphaned), the next
   * start recovering it; the database killed (503s) and then the launcher killed (its server must
   * follow); a last start stopped under load answers every request 200 or 503 with Retry-After
   * (never 500), ends with its database and leaves no runtime folder.
   */
  @Test
  void killedProcessesCleanUpAndAStopUnderLoadAnswersNoServerError() throws Exception {
    Path data = Files.createTempDirectory("foyer-lives");
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    long runtimeFoldersBefore = runtimeFoldersIn(tmp);
    int port = freePort();

    Launched first = launch(data, port, "development");
    first.awaitReady();
    assertThat(Files.isDirectory(data.resolve("runtime/server"))).isTrue();
    ProcessHandle firstPostmaster = postmaster(data).orElseThrow();
    ProcessHandle firstServer = first.process.children().findFirst().orElseThrow();
    firstServer.destroyForcibly();
    assertThat(first.process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    assertThat(firstPostmaster.isAlive()).as("PostgreSQL outlives the killed server").isTrue();

    Launched second = launch(data, port, "development");
    second.awaitReady();
    assertThat(firstPostmaster.isAlive()).as("the orphan was stopped").isFalse();
    assertThat(second.output()).contains("was left running on");

    ProcessHandle database = postmaster(data).orElseThrow();
    database.destroyForcibly();
    database.onExit().get(30, TimeUnit.SECONDS);
    HttpResponse<String> page = get(second.url("/p/demo/login"));
    assertThat(page.statusCode()).isEqualTo(503);
    assertThat(page.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/html"));
    assertThat(page.body()).contains("Foyer is briefly unavailable");
    HttpResponse<String> api = get(second.url("/api/p/demo/clients"));
    assertThat(api.statusCode()).isEqualTo(503);
    assertThat(api.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
    assertThat(api.body()).contains("\"status\":503");
    assertThat(get(second.url("/health/ready")).statusCode()).isEqualTo(503);

    ProcessHandle secondServer = second.process.children().findFirst().orElseThrow();
    second.process.destroyForcibly();
    assertThat(secondServer.onExit().get(3, TimeUnit.MINUTES).isAlive())
        .as("the server ends with its launcher")
        .isFalse();

    Launched third = launch(data, port, "development");
    third.awaitReady();
    Map<Integer, AtomicInteger> statuses = new ConcurrentHashMap<>();
    AtomicBoolean load = new AtomicBoolean(true);
    ExecutorService users = Executors.newFixedThreadPool(8);
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    for (int i = 0; i < 8; i++) {
      users.submit(
          () -> {
            while (load.get()) {
              try {
                HttpResponse<Void> answer =
                    client.send(
                        HttpRequest.newBuilder(URI.create(third.url("/p/demo/login"))).build(),
                        HttpResponse.BodyHandlers.discarding());
                int status = answer.statusCode();
                if (status == 503 && answer.headers().firstValue("Retry-After").isEmpty()) {
                  status = -503;
                }
                statuses.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
              } catch (IOException refusedOnceStopped) {
                Thread.sleep(50);
              }
            }
            return null;
          });
    }
    Thread.sleep(3000);
    // Through the handle: Process.destroy() also closes the pipe this test reads the output from.
    third.process.toHandle().destroy();
    assertThat(third.process.waitFor(2, TimeUnit.MINUTES)).as("stops").isTrue();
    load.set(false);
    users.shutdown();
    users.awaitTermination(30, TimeUnit.SECONDS);
    assertThat(statuses).as("answers before and during the stop").containsKey(200);
    assertThat(statuses.keySet())
        .as("answers during the stop: %s (-503 is a 503 without Retry-After)", statuses)
        .isSubsetOf(200, 503);
    assertThat(third.finalOutput()).contains("Stopped: requests drained, database closed");
    assertThat(postmaster(data)).as("the database stopped with the server").isEmpty();
    assertThat(runtimeFoldersIn(tmp))
        .as("no runtime folder left in /tmp")
        .isEqualTo(runtimeFoldersBefore);
  }

  @AfterEach
  void stopEverything() {
    for (Launched foyer : started) {
      foyer.process.descendants().forEach(ProcessHandle::destroy);
      foyer.process.destroy();
    }
  }

  private static Optional<ProcessHandle> postmaster(Path data) throws IOException {
    Path pidFile = data.resolve("postgres/postmaster.pid");
    if (!Files.exists(pidFile)) {
      return Optional.empty();
    }
    return ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).get(0).strip()))
        .filter(ProcessHandle::isAlive);
  }

  private static long runtimeFoldersIn(Path tmp) throws IOException {
    try (Stream<Path> entries = Files.list(tmp)) {
      return entries.filter(p -> p.getFileName().toString().startsWith("foyer-runtime")).count();
    }
  }

  private static HttpResponse<String> get(String url) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }

  private Launched launch(Path data, int port, String mode) throws IOException {
    return launch(data, port, mode, Map.of());
  }

  private Launched launch(Path data, int port, String mode, Map<String, String> extra)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-jar",
                LauncherIT.JAR.toString())
            .directory(data.toFile())
            .redirectErrorStream(true);
    builder.environment().put("FOYER_MODE", mode);
    builder.environment().put("FOYER_PORT", Integer.toString(port));
    builder.environment().put("FOYER_DATA_DIR", data.toString());
    builder.environment().remove("FOYER_DB_URL");
    builder.environment().putAll(extra);
    Launched launched = new Launched(builder.start(), port);
    started.add(launched);
    return launched;
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static final class Launched {

    final Process process;
    final int port;
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Thread reader;

    Launched(Process process, int port) {
      this.process = process;
      this.port = port;
      reader =
          new Thread(
              () -> {
                try (BufferedReader in =
                    new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                  in.lines().forEach(lines::add);
                } catch (IOException | java.io.UncheckedIOException ended) {
                  // the process ended
                }
              });
      reader.setDaemon(true);
      reader.start();
    }

    String url(String path) {
      return "http://localhost:" + port + path;
    }

    /** Everything the process wrote, once it has ended and its last lines have been read. */
    String finalOutput() throws InterruptedException {
      reader.join(Duration.ofSeconds(30).toMillis());
      return output();
    }

    String output() {
      synchronized (lines) {
        return String.join("\n", lines);
      }
    }

    void awaitReady() throws InterruptedException {
      Instant deadline = Instant.now().plus(Duration.ofMinutes(8));
      while (Instant.now().isBefore(deadline)) {
        if (!process.isAlive()) {
          throw new IllegalStateException("foyer.jar exited:\n" + output());
        }
        try {
          if (get(url("/health/ready")).statusCode() == 200
              && get(url("/p/demo/login")).statusCode() == 200) {
            return;
          }
        } catch (IOException notYet) {
          // still starting
        }
        Thread.sleep(1000);
      }
      throw new IllegalStateException("foyer.jar was not ready in time:\n" + output());
    }
  }
}
