package org.foyer.audit.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.foyer.audit.control.AuditAnchoring;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.PracticeRegistry;
import org.foyer.core.runtime.PeriodicWork;

/**
 * Anchors every practice's audit chain once a day, the first time shortly after start, so even an
 * instance restarted daily anchors. Every instance of a cluster anchors too: extra anchors of the
 * same head are harmless, and one missing would not be.
 */
@ApplicationScoped
public class AuditAnchorSchedule implements PeriodicWork {

  static final Duration PERIOD = Duration.ofDays(1);
  static final Duration FIRST_DELAY = Duration.ofMinutes(1);

  @Inject AuditAnchoring anchoring;
  @Inject UnitOfWork unitOfWork;

  @Override
  public String name() {
    return "Audit anchoring";
  }

  @Override
  public Duration period() {
    return PERIOD;
  }

  @Override
  public Duration firstDelay() {
    return FIRST_DELAY;
  }

  @Override
  public void runOnce() {
    anchorEveryPractice();
  }

  private void anchorEveryPractice() {
    // One practice's trouble must not leave the others unanchored; tomorrow tries again.
    PracticeRegistry.forEachPractice(
        unitOfWork,
        "Anchoring the audit log",
        practice -> {
          anchoring.anchor(practice);
          return 1;
        });
  }
}
