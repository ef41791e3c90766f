package org.foyer.intake.boundary;

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
 * Runs {@link FormReminders} on the container's managed scheduler once the database is ready. Every
 * instance runs it; SKIP LOCKED claims keep them apart.
 */
@ApplicationScoped
public class FormReminderSchedule {

  private static final Logger LOG = Logger.getLogger(FormReminderSchedule.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject FormReminders reminders;

  @Inject
  @ConfigProperty(name = "foyer.intake.reminder.poll.seconds", defaultValue = "900")
  long pollSeconds;

  private ScheduledFuture<?> task;

  synchronized void start(@Observes DatabaseReady ready) {
    if (task != null) {
      return;
    }
    long period = Math.max(10, pollSeconds);
    task = scheduler.scheduleWithFixedDelay(this::run, period, period, TimeUnit.SECONDS);
    LOG.info(() -> "Intake form reminders run every " + period + " s");
  }

  private void run() {
    try {
      RequestDrain.runWhileServing(reminders::remindDue);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Form reminder run failed; the next run tries again", e);
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
