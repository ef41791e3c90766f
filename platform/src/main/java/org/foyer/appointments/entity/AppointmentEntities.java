package org.foyer.appointments.entity;

import java.util.List;
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
