package org.foyer.core.runtime;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

/**
 * The requests in flight, so that a stop lets them finish before the database goes. Static because
 * it must outlive the application's beans while the server shuts down: CDI contexts are being
 * destroyed just when the count matters, and there is one application per server process.
 */
public final class RequestDrain {

  /** How long a stop waits for requests in flight; a supervisor's kill timeout is usually 30 s. */
  public static final Duration LIMIT = Duration.ofSeconds(20);

  private static final Logger LOG = Logger.getLogger(RequestDrain.class.getName());
  private static final AtomicInteger IN_FLIGHT = new AtomicInteger();
  private static final AtomicBoolean STOPPING = new AtomicBoolean();

  private RequestDrain() {}

  /** Counts a request in; false once stopping, when the caller answers 503 instead. */
  public static boolean enter() {
    if (STOPPING.get()) {
      return false;
    }
    IN_FLIGHT.incrementAndGet();
    return true;
  }

  public static void leave() {
    synchronized (IN_FLIGHT) {
      IN_FLIGHT.decrementAndGet();
      IN_FLIGHT.notifyAll();
    }
  }

  /**
   * Runs scheduled background work (mail, reminders, anchors) as if it were a request: not at all
   * once stopping, and a stop waits for it, so it never meets a closed database.
   */
  public static void runWhileServing(Runnable work) {
    if (!enter()) {
      return;
    }
    try {
      work.run();
    } finally {
      leave();
    }
  }

  public static boolean stopping() {
    return STOPPING.get();
  }

  /** Takes requests again; a server never does after a stop, tests of the drain do. */
  static void resume() {
    STOPPING.set(false);
  }

  /** Refuses new requests and waits, at most {@code limit}, for those in flight to finish. */
  static void stopAndAwait(Duration limit) {
    STOPPING.set(true);
    long deadline = System.nanoTime() + limit.toNanos();
    synchronized (IN_FLIGHT) {
      while (IN_FLIGHT.get() > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          LOG.warning(
              () -> IN_FLIGHT.get() + " requests still running after " + limit + "; stopping");
          return;
        }
        try {
          IN_FLIGHT.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }
}
