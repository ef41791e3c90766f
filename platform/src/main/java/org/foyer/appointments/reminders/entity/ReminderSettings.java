package org.foyer.appointments.reminders.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.Optional;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.persistence.TenantOwned;

/**
 * When a practice reminds clients of appointments: up to two lead times in hours before the start
 * (48 and 2 unless changed); either may be off. One row a practice, or none for the defaults.
 */
@Entity
@Table(name = "appointment_settings")
public class ReminderSettings extends TenantOwned {

  public static final int DEFAULT_FIRST = 48;
  public static final int DEFAULT_SECOND = 2;
  public static final int LONGEST = 336;

  @Column(name = "first_reminder_hours")
  private Integer firstReminderHours;

  @Column(name = "second_reminder_hours")
  private Integer secondReminderHours;

  protected ReminderSettings() {}

  public static ReminderSettings defaults() {
    ReminderSettings settings = new ReminderSettings();
    settings.firstReminderHours = DEFAULT_FIRST;
    settings.secondReminderHours = DEFAULT_SECOND;
    return settings;
  }

  /** Both lead times, each 1 to 336 hours or null for off. */
  public void change(Integer first, Integer second) {
    firstReminderHours = checked("firstReminderHours", first);
    secondReminderHours = checked("secondReminderHours", second);
  }

  private static Integer checked(String field, Integer hours) {
    if (hours != null && (hours < 1 || hours > LONGEST)) {
      String message = "A reminder goes 1 to " + LONGEST + " hours before, or not at all";
      throw new InvalidInput(message, Map.of(field, message));
    }
    return hours;
  }

  public Optional<Integer> firstReminderHours() {
    return Optional.ofNullable(firstReminderHours);
  }

  public Optional<Integer> secondReminderHours() {
    return Optional.ofNullable(secondReminderHours);
  }
}
