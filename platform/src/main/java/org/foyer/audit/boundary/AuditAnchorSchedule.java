package org.foyer.audit.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.foyer.audit.control.AuditAnchoring;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.PracticeRegistry;
import org.foyer.core.runtime.DatabaseReady;
import org.foyer.core.runtime.RequestDrain;
import org.foyer.core.tenancy.TenantId;

/**
 * Anchors every practice's audit chain once a day, the first time shortly after start, so even an
 * instance restarted daily anchors. Every instance of a cluster anchors too: extra anchors of the
 * same head are harmless, and one missing would not be.
 */
@ApplicationScoped
public class AuditAnchorSchedule {

  private static final Logger LOG = Logger.getLogger(AuditAnchorSchedule.class.getName());
  static final Duration PERIOD = Duration.ofDays(1);
  static final Duration FIRST_DELAY = Duration.ofMinutes(1);

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject AuditAnchoring anchoring;
  @Inject UnitOfWork unitOfWork;

  private ScheduledFuture<?> task;

  synchronized void start(@Observes DatabaseReady ready) {
    if (task == null) {
      task =
          scheduler.scheduleAtFixedRate(
              this::run, FIRST_DELAY.toMinutes(), PERIOD.toMinutes(), TimeUnit.MINUTES);
    }
  }

  private void run() {
    RequestDrain.runWhileServing(this::anchorEveryPractice);
  }

  private void anchorEveryPractice() {
    for (TenantId practice : practices()) {
      try {
        anchoring.anchor(practice);
      } catch (RuntimeException e) {
        // One practice's trouble must not leave the others unanchored; tomorrow tries again.
        LOG.log(Level.WARNING, "Anchoring the audit log of practice " + practice + " failed", e);
      }
    }
  }

  private List<TenantId> practices() {
    return PracticeRegistry.listTenants(unitOfWork);
  }

  @PreDestroy
  synchronized void stop() {
    if (task != null) {
      task.cancel(false);
      task = null;
    }
  }
}
