package org.foyer.core.persistence;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Logger;

/**
 * A PostgreSQL server still running on our data directory although the Foyer that started it is
 * gone. The embedded server is a daemon of its own: when Foyer dies by kill -9 or a crash it keeps
 * the directory, and the next start would wait for it and give up with no hint. This stops such an
 * orphan with a fast shutdown (committed data is safe, open transactions roll back) before Foyer
 * starts its own, and refuses with what to do when the directory belongs to a Foyer still running.
 */
final class LeftoverPostmaster {

  private static final Logger LOG = Logger.getLogger(LeftoverPostmaster.class.getName());

  /** The lock file the embedded server's owner holds for as long as it runs. */
  private static final String OWNER_LOCK = "epg-lock";

  static final long STOP_TIMEOUT_SECONDS = 60;

  private LeftoverPostmaster() {}

  /** Stops an orphaned postmaster of {@code dataDirectory}, if there is one. */
  static void stopIfOrphaned(Path dataDirectory) {
    Optional<ProcessHandle> postmaster = runningPostmaster(dataDirectory);
    if (postmaster.isEmpty()) {
      return;
    }
    long pid = postmaster.get().pid();
    if (ownerIsAlive(dataDirectory)) {
      throw new IllegalStateException(
          "The database directory "
              + dataDirectory
              + " is in use by another Foyer that is still running (its PostgreSQL has process id "
              + pid
              + "). Stop that Foyer first, or give this one its own FOYER_DATA_DIR.");
    }
    LOG.warning(
        () ->
            "PostgreSQL (process "
                + pid
                + ") was left running on "
                + dataDirectory
                + " by a Foyer that ended without stopping it; stopping it before starting again");
    interrupt(pid);
    try {
      postmaster.get().onExit().get(STOP_TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException | ExecutionException e) {
      throw new IllegalStateException(
          "PostgreSQL (process "
              + pid
              + ") left running on "
              + dataDirectory
              + " did not stop within "
              + STOP_TIMEOUT_SECONDS
              + " seconds. Stop it with: kill -INT "
              + pid
              + " (wait until it has exited), then start Foyer again.");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while stopping PostgreSQL " + pid, e);
    }
    LOG.info(() -> "The PostgreSQL left running on " + dataDirectory + " has stopped");
  }

  /**
   * The live postmaster named by the directory's {@code postmaster.pid}, when it is a PostgreSQL
   * serving this very directory. A pid file whose process is gone, or whose number now belongs to
   * another program, is stale: PostgreSQL replaces it itself.
   */
  static Optional<ProcessHandle> runningPostmaster(Path dataDirectory) {
    List<String> lines;
    try {
      lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new IllegalStateException(
          "Could not read " + dataDirectory.resolve("postmaster.pid") + ": " + e.getMessage(), e);
    }
    if (lines.size() < 2) {
      return Optional.empty();
    }
    long pid;
    try {
      pid = Long.parseLong(lines.get(0).strip());
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
    return ProcessHandle.of(pid)
        .filter(ProcessHandle::isAlive)
        .filter(LeftoverPostmaster::isPostgres)
        .filter(process -> sameDirectory(Path.of(lines.get(1).strip()), dataDirectory));
  }

  private static boolean isPostgres(ProcessHandle process) {
    return process
        .info()
        .command()
        .map(command -> Path.of(command).getFileName().toString().equals("postgres"))
        .orElse(false);
  }

  private static boolean sameDirectory(Path a, Path b) {
    try {
      return Files.isSameFile(a, b);
    } catch (IOException e) {
      return false;
    }
  }

  /**
   * Whether a live process holds the lock the embedded server's owner takes. The operating system
   * releases it when its holder dies, however it died, so a free lock means an orphan.
   */
  private static boolean ownerIsAlive(Path dataDirectory) {
    Path lockFile = dataDirectory.resolve(OWNER_LOCK);
    if (!Files.exists(lockFile)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      return lock == null;
    } catch (OverlappingFileLockException e) {
      return true;
    } catch (IOException e) {
      throw new IllegalStateException("Could not check " + lockFile + ": " + e.getMessage(), e);
    }
  }

  /** SIGINT is PostgreSQL's fast shutdown; Java's destroy() sends SIGTERM, the slow "smart" one. */
  private static void interrupt(long pid) {
    try {
      Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).start();
      if (kill.waitFor(10, TimeUnit.SECONDS) && kill.exitValue() == 0) {
        return;
      }
    } catch (IOException e) {
      // No kill command: fall back to the smart shutdown, which suffices once clients are gone.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    ProcessHandle.of(pid).ifPresent(ProcessHandle::destroy);
  }
}
