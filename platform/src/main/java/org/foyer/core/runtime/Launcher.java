package org.foyer.core.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
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

  /** Exit status for settings that cannot work; a supervisor should not restart in a loop. */
  static final int BAD_SETTINGS = 2;

  /** Exit status when the port or data directory is taken by something else. */
  static final int IN_USE = 3;

  /**
   * The server reads it to stop when its launcher is gone (see {@link ServerLifeline}). A
   * compile-time constant, so the server never loads this class: the WAR leaves Launcher* out.
   */
  static final String LAUNCHER_PID = "foyer.launcher.pid";

  private Launcher() {}

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals(OperatorCommand.CREATE_PRACTICE)) {
      System.exit(OperatorCommand.run(Arrays.copyOfRange(args, 1, args.length)));
    }
    RuntimeSettings settings;
    try {
      settings = RuntimeSettings.read(RuntimeSettings::fromEnvironment);
    } catch (IllegalArgumentException e) {
      System.err.println("Foyer cannot start: " + e.getMessage());
      System.exit(BAD_SETTINGS);
      return;
    }
    List<String> problems = ProductionReadiness.problems(settings);
    if (!problems.isEmpty()) {
      System.err.println("Foyer refuses to start in production mode:");
      problems.forEach(problem -> System.err.println("  - " + problem));
      System.exit(BAD_SETTINGS);
    }
    System.exit(runServer(settings));
  }

  private static int runServer(RuntimeSettings settings) throws IOException, InterruptedException {
    Path data = settings.dataDirectory().toAbsolutePath();
    Files.createDirectories(data);
    FileLock lock = lockDataDirectory(data);
    if (lock == null) {
      System.err.println(
          "Foyer cannot start: another Foyer is running with the data directory "
              + data
              + ". Stop it first, or set FOYER_DATA_DIR to a directory of this instance's own.");
      return IN_USE;
    }
    if (!portIsFree(settings.port())) {
      System.err.println(
          "Foyer cannot start: port "
              + settings.port()
              + " is already in use by another program. Stop that program, or set FOYER_PORT to"
              + " a free port.");
      return IN_USE;
    }
    // One fixed folder under the data directory, emptied at each start: a launcher that was
    // killed cannot clean up after itself, and half-gigabyte folders in /tmp would pile up.
    Path work = data.resolve("runtime");
    deleteQuietly(work);
    Files.createDirectories(work);
    Path micro = unpack("/payara-micro.jar", work.resolve("payara-micro.jar"));
    Path war = unpack("/foyer.war", work.resolve("ROOT.war"));
    Files.writeString(work.resolve(SERVER_SETTINGS), String.join("\n", SERVER_COMMANDS) + "\n");
    Process server = new ProcessBuilder(command(settings, micro, war, work)).inheritIO().start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  // SIGTERM lets the server drain its requests and then stop the database.
                  server.destroy();
                  try {
                    server.waitFor();
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                }));
    int status = server.waitFor();
    lock.release();
    return status;
  }

  private static final String SERVER_SETTINGS = "server-settings.asadmin";

  /**
   * Settings of Payara Micro's HTTP listener, written into its configuration before it boots (set
   * after boot, they restart the listener while the application is being deployed on it, which once
   * left a started server answering nothing): scripts, styles and images are compressed for phones
   * on slow networks. Pages and API answers are not: they carry secrets (the CSRF token, the view
   * state, health information) next to text a visitor can put there, the pairing a BREACH attack
   * reads through compressed sizes.
   */
  static final List<String> SERVER_COMMANDS =
      List.of(
          "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
              + ".compression=on",
          "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
              + ".compressable-mime-type=text/css,text/javascript,application/javascript,"
              + "image/svg+xml",
          "set configs.config.server-config.network-config.protocols.protocol.http-listener.http"
              + ".compression-min-size-bytes=1024");

  private static List<String> command(RuntimeSettings settings, Path micro, Path war, Path work) {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(Path.of("/usr/bin/setsid"))) {
      // A session of its own: Ctrl-C at a terminal signals the whole foreground group, which
      // would stop the database under requests still in flight. The launcher forwards the stop.
      command.add("/usr/bin/setsid");
    }
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.add("-D" + LAUNCHER_PID + "=" + ProcessHandle.current().pid());
    String javaOptions = System.getenv().getOrDefault("FOYER_JAVA_OPTS", "");
    if (!javaOptions.isBlank()) {
      command.addAll(Arrays.asList(javaOptions.strip().split("\\s+")));
    }
    // The server reads its own port for links in mail, even when the launcher got it as -D.
    command.add("-D" + RuntimeSettings.PORT + "=" + settings.port());
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
            "--prebootcommandfile",
            work.resolve(SERVER_SETTINGS).toString(),
            "--deploy",
            war.toString()));
    if (!settings.cluster()) {
      command.add("--nocluster");
    }
    return command;
  }

  /** Held until the launcher exits; the operating system frees it however the launcher ends. */
  private static FileLock lockDataDirectory(Path data) throws IOException {
    FileChannel channel =
        FileChannel.open(
            data.resolve("foyer.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    FileLock lock = channel.tryLock();
    if (lock == null) {
      channel.close();
    }
    return lock;
  }

  private static boolean portIsFree(int port) throws IOException {
    try (ServerSocket probe = new ServerSocket()) {
      probe.setReuseAddress(true);
      probe.bind(new InetSocketAddress(port));
      return true;
    } catch (BindException e) {
      return false;
    }
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
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      // What is left is overwritten by the unpacking that follows.
    }
  }
}
