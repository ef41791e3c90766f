package org.foyer.core.runtime;

import java.util.Optional;
import java.util.logging.Logger;

/**
 * The server's end of "lives and dies with its launcher". A launcher killed with kill -9 cannot
 * stop its server, which would keep serving, hold the port and block the next start; so the server
 * watches the launcher's process and stops itself (draining and closing the database as on any
 * stop) when it is gone. Without the launcher (an IDE, the Arquillian tests) nothing is watched.
 */
final class ServerLifeline {

  private static final Logger LOG = Logger.getLogger(ServerLifeline.class.getName());

  /** Exit status of a server whose deployment failed, so a supervisor sees the failure. */
  static final int FAILED_START = 3;

  private ServerLifeline() {}

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
   * Exits from a thread of its own: the caller may hold the deployment's locks, which the server's
   * shutdown waits for. Should the shutdown hang anyway, the process halts after a minute.
   */
  private static void exit(int status, String reason) {
    LOG.severe(reason);
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
    new Thread(() -> System.exit(status), "foyer-exit").start();
  }
}
