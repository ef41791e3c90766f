package org.foyer.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Main class of {@code foyer.jar}. Payara Micro boots only from its own jar file, which cannot run
 * nested inside another jar, so the launcher unpacks the server and the application it carries and
 * starts them as a child process that lives and dies with it. Production settings are checked here
 * first, so a misconfigured instance stops before a server is even started.
 */
public final class Launcher {

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals(OperatorCommand.CREATE_PRACTICE)) {
      System.exit(OperatorCommand.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    RuntimeSettings settings = RuntimeSettings.read(RuntimeSettings::fromEnvironment);
    List<String> problems = ProductionReadiness.problems(settings);
    if (!problems.isEmpty()) {
      System.err.println("Foyer refuses to start in production mode:");
      problems.forEach(problem -> System.err.println("  - " + problem));
      System.exit(2);
    }
    System.exit(runServer(settings));
  }

  private static int runServer(RuntimeSettings settings) throws IOException, InterruptedException {
    Path work = Files.createTempDirectory("foyer-runtime");
    Path micro = unpack("/payara-micro.jar", work.resolve("payara-micro.jar"));
    Path war = unpack("/foyer.war", work.resolve("ROOT.war"));
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    String javaOptions = System.getenv().getOrDefault("FOYER_JAVA_OPTS", "");
    if (!javaOptions.isBlank()) {
      command.addAll(Arrays.asList(javaOptions.strip().split("\\s+")));
    }
    command.addAll(
        List.of(
            "-jar",
            micro.toString(),
            "--port",
            Integer.toString(settings.port()),
            "--contextroot",
            "/",
            "--rootdir",
            work.resolve("server").toString(),
            "--deploy",
            war.toString()));
    if (!settings.cluster()) {
      command.add("--nocluster");
    }
    Process server = new ProcessBuilder(command).inheritIO().start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  server.destroy();
                  try {
                    server.waitFor();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  deleteQuietly(work);
                }));
    return server.waitFor();
  }

  private static Path unpack(String resource, Path target) throws IOException {
    try (InputStream in = Launcher.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is missing from foyer.jar: build it with the README's command");
      }
      Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
    }
    return target;
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // A leftover temporary directory is harmless; the operating system cleans it eventually.
    }
  }
}
