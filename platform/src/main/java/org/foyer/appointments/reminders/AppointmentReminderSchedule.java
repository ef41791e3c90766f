package org.foyer.appointments.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foyer.core.runtime.PeriodicWork;

/** {@link AppointmentReminders}' runs; the reminder rows' claims keep instances apart. */
@ApplicationScoped
public class AppointmentReminderSchedule implements PeriodicWork {

  @Inject AppointmentReminders reminders;

  @Inject
  @ConfigProperty(name = "foyer.appointments.reminder.poll.seconds", defaultValue = "300")
  long pollSeconds;

  @Override
  public String name() {
    return "Appointment reminders";
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
