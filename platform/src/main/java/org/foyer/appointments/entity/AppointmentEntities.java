package org.foyer.appointments.entity;

import java.util.List;
import org.foyer.appointments.availability.entity.TimeOff;
import org.foyer.appointments.availability.entity.WeeklyHours;
import org.foyer.appointments.reminders.entity.ReminderSettings;
import org.foyer.appointments.rules.entity.BookingRules;
import org.foyer.appointments.rules.entity.OnlineService;
import org.foyer.appointments.waitlist.entity.WaitlistEntry;
import org.foyer.appointments.waitlist.entity.WaitlistOffer;
import org.foyer.core.persistence.EntityCatalog;

/** The appointments' entities, contributed to the one persistence unit. */
public class AppointmentEntities implements EntityCatalog {

  @Override
  public List<Class<?>> entityClasses() {
    return List.of(
        Appointment.class,
        WeeklyHours.class,
        TimeOff.class,
        VideoRoom.class,
        ReminderSettings.class,
        CalendarFeed.class,
        AppointmentSeries.class,
        Room.class,
        AppointmentClient.class,
        WaitlistEntry.class,
        WaitlistOffer.class,
        BookingRules.class,
        OnlineService.class);
  }
}
