package org.foyer.core.runtime;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.foyer.core.persistence.Database;
import sun.misc.Signal;

/**
 * The server's end of "lives and dies with its launcher". A launcher killed with kill -9 cannot
 * stop its server, which would keep serving, hold the port and block the next start; so the server
 * watches the launcher's process and stops itself (draining and closing the database as on any
 * stop) when it is gone. Without the launcher (an IDE, the Arquillian tests) nothing is watched.
 *
 * <p>Every stop drains first. The JVM's own answer to SIGTERM runs Payara's shutdown hook, which
 * undeploys the application while requests are still arriving and running: they met half-destroyed
 * beans and a closing database and got 500s. So SIGTERM and SIGINT are taken here: new requests get
 * 503 with Retry-After, those in flight finish, and only then does the server shut down.
 */
final class ServerLifeline {

  private static final Logger LOG = Logger.getLogger(ServerLifeline.class.getName());

  /** Exit status of a server whose deployment failed, so a supervisor sees the failure. */
  static final int FAILED_START = 3;

  private ServerLifeline() {}

  private static volatile Runnable closeResources = () -> {};

  /**
   * Drains and closes on SIGTERM (a supervisor's or the launcher's stop) and SIGINT, and when the
   * launcher ends; {@code close} closes what the application holds open, its database above all.
   */
  static void stopCleanlyOnSignals(Runnable close) {
    closeResources = close;
    for (String name : List.of("TERM", "INT")) {
      try {
        Signal.handle(new Signal(name), signal -> exit(0, "Stopping (SIG" + name + ")"));
      } catch (IllegalArgumentException notOnThisSystem) {
        LOG.fine(() -> "No SIG" + name + " here; stops are not drained first");
      }
    }
  }

  /** Stops this server when the launcher that started it ends. */
  static void stopWhenLauncherEnds() {
    String pid = System.getProperty(Launcher.LAUNCHER_PID);
    if (pid == null) {
      return;
    }
    Optional<ProcessHandle> launcher = ProcessHandle.of(Long.parseLong(pid));
    if (launcher.isEmpty()) {
      exit(0, "The launcher (process " + pid + ") is gone; stopping");
      return;
    }
    launcher
        .get()
        .onExit()
        .thenRun(() -> exit(0, "The launcher (process " + pid + ") has ended; stopping"));
  }

  /** Ends a server started by the launcher whose application could not start. */
  static void exitIfLaunched(String reason) {
    if (System.getProperty(Launcher.LAUNCHER_PID) != null) {
      exit(FAILED_START, reason);
    }
  }

  /**
   * Drains and exits from a thread of its own: the caller may hold the deployment's locks, which
   * the server's shutdown waits for, or be the JVM's signal thread. Should the shutdown hang
   * anyway, the process halts after a minute.
   */
  private static void exit(int status, String reason) {
    if (status == 0) {
      say(reason);
    } else {
      LOG.severe(reason);
    }
    Thread halt =
        new Thread(
            () -> {
              try {
                Thread.sleep(60_000);
              } catch (InterruptedException e) {
                return;
              }
              Runtime.getRuntime().halt(status);
            },
            "foyer-exit-deadline");
    halt.setDaemon(true);
    halt.start();
    new Thread(() -> stop(status), "foyer-exit").start();
  }

  /**
   * A line for the operator straight to the standard error stream: the server's log handlers write
   * from a queue of their own, which an ending process does not wait for.
   */
  private static void say(String line) {
    try {
      FileOutputStream err = new FileOutputStream(FileDescriptor.err);
      err.write(("Foyer: " + line + System.lineSeparator()).getBytes(StandardCharsets.UTF_8));
      err.flush();
    } catch (IOException e) {
      LOG.info(line);
    }
  }

  private static void stop(int status) {
    if (status != 0) {
      // A start that failed served nothing; the container's own shutdown is the tidy way out.
      System.exit(status);
      return;
    }
    RequestDrain.stopAndAwait(RequestDrain.LIMIT);
    try {
      closeResources.run();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Closing on stop failed; PostgreSQL recovers on the next start", e);
    }
    Database.deleteTemporaryFiles();
    say("Stopped: requests drained, database closed");
    Runtime.getRuntime().halt(0);
  }
}
