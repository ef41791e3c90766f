package org.foyer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The runnable jar's own behaviour: refusing production on defaults, and the operator command. */
class LauncherIT {

  static final Path JAR =
      Path.of(System.getProperty("foyer.jar", "target/foyer.jar")).toAbsolutePath();

  @Test
  void productionModeOnDevelopmentDefaultsRefusesToStartAndSaysWhy() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(java(), "-jar", JAR.toString())
            .directory(Files.createTempDirectory("foyer-prod").toFile())
            .redirectErrorStream(true);
    builder.environment().put("FOYER_MODE", "production");
    builder.environment().remove("FOYER_DB_URL");
    builder.environment().remove("FOYER_MASTER_KEY");
    Process process = builder.start();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("exits at once").isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(2);
    assertThat(output)
        .contains("refuses to start in production mode")
        .contains("FOYER_DB_URL is not set")
        .contains("FOYER_MASTER_KEY is not set");
  }

  @Test
  void operatorCreatesAPracticeFromTheCommandLine() throws Exception {
    BundledFoyer foyer = BundledFoyer.get();
    String slug = "cli-" + UUID.randomUUID().toString().substring(0, 8);
    Process process =
        new ProcessBuilder(
                java(),
                "-jar",
                JAR.toString(),
                "create-practice",
                "--slug",
                slug,
                "--name",
                "Command Line Counseling",
                "--admin-email",
                "admin@" + slug + ".example",
                "--admin-name",
                "Casey Operator",
                "--url",
                foyer.url(""))
            .redirectErrorStream(true)
            .start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write("quiet-river-stone-4821\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(output).contains("\"slug\":\"" + slug + "\"");

    java.net.http.HttpResponse<String> signIn =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(foyer.url("/p/" + slug + "/login")))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    assertThat(signIn.body()).contains("Command Line Counseling");
  }

  @Test
  void operatorCommandWithAWeakPasswordFailsWithTheReason() throws Exception {
    BundledFoyer foyer = BundledFoyer.get();
    Process process =
        new ProcessBuilder(
                java(),
                "-jar",
                JAR.toString(),
                "create-practice",
                "--slug",
                "weak-" + UUID.randomUUID().toString().substring(0, 8),
                "--name",
                "Weak Password Practice",
                "--admin-email",
                "admin@weak.example",
                "--admin-name",
                "Casey Operator",
                "--url",
                foyer.url(""))
            .redirectErrorStream(true)
            .start();
    try (OutputStream stdin = process.getOutputStream()) {
      stdin.write("password\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.exitValue()).isEqualTo(1);
    assertThat(output).contains("adminPassword");
  }

  private static String java() {
    return ProcessHandle.current().info().command().orElse("java");
  }
}
