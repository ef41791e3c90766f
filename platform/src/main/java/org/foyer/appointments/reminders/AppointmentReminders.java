package org.foyer.appointments.reminders;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foyer.admin.services.LocationChoice;
import org.foyer.admin.services.boundary.Locations;
import org.foyer.appointments.AppointmentNoticeDue;
import org.foyer.appointments.control.AppointmentNotices;
import org.foyer.appointments.control.ReminderClaims;
import org.foyer.appointments.entity.Appointment;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.appointments.reminders.entity.ReminderSettings;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.PracticeRegistry;
import org.foyer.core.runtime.PeriodicWork;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.tenancy.TenantId;

/**
 * Reminds clients of booked appointments at their practice's lead times (48 and 2 hours unless
 * changed), through the outbox, saying date, time and place only. Each reminder of each appointment
 * is claimed by inserting its row first ({@code ON CONFLICT DO NOTHING}), so of two instances
 * running at once only one mails. A lead time that had already passed when the appointment was
 * booked is not mailed (the booking's own mail said it all), and a run that finds several lead
 * times due at once (after an outage) sends one mail. Cancelled appointments are never reminded.
 */
@ApplicationScoped
public class AppointmentReminders {

  static final int BATCH = 500;

  private UnitOfWork unitOfWork;
  private EntityManager em;
  private AppointmentNotices notices;
  private Locations locations;
  private AuditLog audit;
  private Clock clock;

  protected AppointmentReminders() {}

  @Inject
  public AppointmentReminders(
      UnitOfWork unitOfWork,
      AppointmentNotices notices,
      Locations locations,
      AuditLog audit,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
    this.notices = notices;
    this.locations = locations;
    this.audit = audit;
    this.clock = clock;
  }

  @Inject
  @ConfigProperty(name = "foyer.appointments.reminder.poll.seconds", defaultValue = "300")
  long pollSeconds;

  /** Every instance runs it; the reminder rows' claims keep instances apart. */
  @Produces
  PeriodicWork runs() {
    return PeriodicWork.every("Appointment reminders", pollSeconds, 10, this::remindDue);
  }

  /** Reminds for every practice; one practice's failure does not stop the others. */
  public int remindDue() {
    return PracticeRegistry.forEachPractice(unitOfWork, "Appointment reminders", this::remindDue);
  }

  /** Sends the practice's due reminders; returns how many appointments were reminded. */
  public int remindDue(TenantId tenant) {
    return Tenancy.as(tenant, () -> unitOfWork.run(tenant, false, this::remindInPractice));
  }

  private int remindInPractice() {
    List<Integer> leads = leadHours(ReminderSettingsService.stored(em));
    if (leads.isEmpty()) {
      return 0;
    }
    Instant now = clock.instant();
    Instant horizon = now.plus(Duration.ofHours(leads.get(0)));
    List<Appointment> soon =
        em.createQuery(
                "SELECT a FROM Appointment a WHERE a.status = :booked AND a.startsAt > :now"
                    + " AND a.startsAt <= :horizon ORDER BY a.startsAt, a.id",
                Appointment.class)
            .setParameter("booked", AppointmentStatus.BOOKED)
            .setParameter("now", now)
            .setParameter("horizon", horizon)
            .setMaxResults(BATCH)
            .getResultList();
    Map<UUID, String> places = null;
    int reminded = 0;
    for (Appointment appointment : soon) {
      boolean mail = false;
      for (int lead : leads) {
        Instant moment = appointment.startsAt().minus(Duration.ofHours(lead));
        if (now.isBefore(moment)) {
          continue;
        }
        boolean bookedBefore = !appointment.createdAt().isAfter(moment);
        if (ReminderClaims.claim(em, appointment.id(), lead, bookedBefore, now)) {
          mail |= bookedBefore;
        }
      }
      if (mail) {
        if (places == null) {
          places =
              locations.listChoicesForClients().stream()
                  .collect(Collectors.toMap(LocationChoice::id, LocationChoice::name));
        }
        notices.tellClient(
            appointment,
            AppointmentNoticeDue.What.REMINDER,
            appointment.locationId().map(places::get).orElse(""));
        audit.record(
            AuditRecord.success("system", AuditAction.APPOINTMENT_REMINDED)
                .about(
                    "client "
                        + appointment.clientId()
                        + " appointment "
                        + appointment.id()
                        + " reminded"));
        reminded++;
      }
    }
    return reminded;
  }

  /** The lead times that are on, longest first. */
  static List<Integer> leadHours(ReminderSettings settings) {
    List<Integer> leads = new ArrayList<>();
    settings.firstReminderHours().ifPresent(leads::add);
    settings.secondReminderHours().filter(h -> !leads.contains(h)).ifPresent(leads::add);
    leads.sort(Comparator.reverseOrder());
    return leads;
  }
}
