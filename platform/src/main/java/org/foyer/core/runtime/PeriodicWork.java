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
}
