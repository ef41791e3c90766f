package org.foyer.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foyer.core.runtime.PeriodicWork;

/** {@link FormReminders}' runs; SKIP LOCKED claims keep instances apart. */
@ApplicationScoped
public class FormReminderSchedule implements PeriodicWork {

  @Inject FormReminders reminders;

  @Inject
  @ConfigProperty(name = "foyer.intake.reminder.poll.seconds", defaultValue = "900")
  long pollSeconds;

  @Override
  public String name() {
    return "Intake form reminders";
  }

  @Override
  public Duration period() {
    return Duration.ofSeconds(Math.max(10, pollSeconds));
  }

  @Override
  public void runOnce() {
    reminders.remindDue();
  }
}
