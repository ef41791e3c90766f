package org.foyer.core.runtime;

import java.time.Duration;

/**
 * Work every instance runs again and again from the moment the database is ready until shutdown
 * (sending the outbox, reminders, anchoring the audit log). A feature publishes a CDI bean of this
 * type; {@link PeriodicWorkScheduler} runs them all, each while the server still serves, so a
 * graceful stop waits for a run in progress.
 */
public interface PeriodicWork {

  /** What it is, for the log ("Mail outbox sender"). */
  String name();

  /** The pause between the end of one run and the start of the next. */
  Duration period();

  /** How long after the database is ready the first run starts. */
  default Duration firstDelay() {
    return period();
  }

  /** One run; it claims what it works on, so other instances running it at once skip that. */
  void runOnce();

  /**
   * Work run again {@code seconds} after each run ends, but never sooner than {@code floorSeconds}
   * whatever a setting says, so that a mistyped setting cannot keep the database busy.
   */
  static PeriodicWork every(String name, long seconds, long floorSeconds, Runnable run) {
    Duration period = Duration.ofSeconds(Math.max(floorSeconds, seconds));
    return new PeriodicWork() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Duration period() {
        return period;
      }

      @Override
      public void runOnce() {
        run.run();
      }
    };
  }
}
