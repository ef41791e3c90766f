package org.foyer.core.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Keeps one connection listening for {@link PracticeCaches#CHANNEL} and tells the caches what
 * changed. Runs on a thread of its own until stopped; a lost connection turns the caches off until
 * a new one listens.
 */
public final class PracticeChangeListener implements Runnable {

  private static final Logger LOG = Logger.getLogger(PracticeChangeListener.class.getName());
  private static final int WAIT_MILLIS = 1_000;

  private final ConnectionSource connections;
  private final PracticeCaches caches;
  private final Duration retryAfter;
  private volatile boolean stopped;
  private volatile Connection connection;
  // One warning per outage, not one per retry.
  private boolean outage;

  public PracticeChangeListener(
      ConnectionSource connections, PracticeCaches caches, Duration retryAfter) {
    this.connections = connections;
    this.caches = caches;
    this.retryAfter = retryAfter;
  }

  @Override
  public void run() {
    while (!stopped) {
      try (Connection listening = connections.open()) {
        connection = listening;
        try (Statement statement = listening.createStatement()) {
          statement.execute("LISTEN " + PracticeCaches.CHANNEL);
        }
        PGConnection notices = listening.unwrap(PGConnection.class);
        if (!hearsItsOwnProbe(notices)) {
          throw new SQLException(
              "a notice sent to the database did not come back: the connection may pass through"
                  + " a transaction-pooling proxy, which cannot LISTEN");
        }
        caches.listening(true);
        if (outage) {
          LOG.info("Hearing of settings changes again; settings are kept in memory again");
          outage = false;
        }
        while (!stopped) {
          PGNotification[] received = notices.getNotifications(WAIT_MILLIS);
          if (received != null) {
            for (PGNotification notice : received) {
              caches.received(notice.getParameter());
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (!stopped && !outage) {
          outage = true;
          LOG.log(
              Level.WARNING,
              "Lost the connection that hears of settings changes; reading them from the database"
                  + " until it is back",
              e);
        }
      } finally {
        caches.listening(false);
        connection = null;
      }
      pause();
    }
  }

  /**
   * Sends a notice from another connection and waits for it, so caching starts only once notices
   * really arrive here (not, say, through a proxy that drops them).
   */
  private boolean hearsItsOwnProbe(PGConnection notices) throws SQLException {
    String probe = "probe " + UUID.randomUUID();
    try (Connection sender = connections.open();
        PreparedStatement notify = sender.prepareStatement("SELECT pg_notify(?, ?)")) {
      notify.setString(1, PracticeCaches.CHANNEL);
      notify.setString(2, probe);
      notify.execute();
    }
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!stopped && System.nanoTime() < deadline) {
      PGNotification[] received = notices.getNotifications(WAIT_MILLIS);
      if (received != null) {
        for (PGNotification notice : received) {
          if (probe.equals(notice.getParameter())) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Ends the loop within a second and closes its connection. */
  public void stop() {
    stopped = true;
    Connection open = connection;
    if (open != null) {
      try {
        open.close();
      } catch (SQLException e) {
        // closing anyway
      }
    }
  }

  /** Whether the listener currently hears notices (for tests and health reporting). */
  public boolean isListening() {
    return connection != null && caches.keeping();
  }

  private void pause() {
    if (stopped) {
      return;
    }
    try {
      Thread.sleep(retryAfter.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stopped = true;
    }
  }

  /** Where the listening connection comes from: the application role's own connection. */
  @FunctionalInterface
  public interface ConnectionSource {
    Connection open() throws SQLException;
  }
}
