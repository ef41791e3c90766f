package org.foyer.core.mail;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foyer.core.runtime.DatabaseReady;
import org.foyer.core.runtime.RequestDrain;

/**
 * Runs the {@link OutboxSender} on the container's default managed scheduler from the moment the
 * database is ready until shutdown. Every instance runs it; SKIP LOCKED claims keep them apart.
 */
@ApplicationScoped
public class OutboxSchedule {

  private static final Logger LOG = Logger.getLogger(OutboxSchedule.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject OutboxSender sender;

  @Inject
  @ConfigProperty(name = "foyer.mail.poll.seconds", defaultValue = "10")
  long pollSeconds;

  private ScheduledFuture<?> task;

  synchronized void start(@Observes DatabaseReady ready) {
    if (task != null) {
      return;
    }
    long period = Math.max(1, pollSeconds);
    task = scheduler.scheduleWithFixedDelay(this::run, period, period, TimeUnit.SECONDS);
    LOG.info(() -> "Mail outbox sender runs every " + period + " s");
  }

  private void run() {
    try {
      RequestDrain.runWhileServing(sender::sendDue);
    } catch (RuntimeException e) {
      // An escaping exception would cancel the schedule for good; the next run tries again.
      LOG.log(Level.WARNING, "Mail outbox run failed; the next run tries again", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
      task = null;
    }
  }
}
