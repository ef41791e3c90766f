package org.foyer.core.runtime;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs every {@link PeriodicWork} on the container's managed scheduler. */
@ApplicationScoped
public class PeriodicWorkScheduler {

  private static final Logger LOG = Logger.getLogger(PeriodicWorkScheduler.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject Instance<PeriodicWork> works;

  private final List<ScheduledFuture<?>> tasks = new ArrayList<>();

  synchronized void start(@Observes DatabaseReady ready) {
    if (!tasks.isEmpty()) {
      return;
    }
    for (PeriodicWork work : works) {
      long period = Math.max(1, work.period().toSeconds());
      long first = Math.max(1, work.firstDelay().toSeconds());
      tasks.add(scheduler.scheduleWithFixedDelay(() -> run(work), first, period, TimeUnit.SECONDS));
      LOG.info(() -> work.name() + " runs every " + period + " s");
    }
  }

  private static void run(PeriodicWork work) {
    try {
      RequestDrain.runWhileServing(work::runOnce);
    } catch (RuntimeException e) {
      // An escaping exception would cancel the schedule for good; the next run tries again.
      LOG.log(Level.WARNING, work.name() + " failed; the next run tries again", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    tasks.forEach(task -> task.cancel(false));
    tasks.clear();
  }
}
