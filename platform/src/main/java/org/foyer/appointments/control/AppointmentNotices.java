package org.foyer.appointments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.preferences.NotificationKind;
import org.foyer.admin.preferences.StaffPreferences;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.appointments.AppointmentNoticeDue;
import org.foyer.appointments.AppointmentStatusChanged;
import org.foyer.appointments.entity.Appointment;
import org.foyer.appointments.entity.AppointmentClient;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.ClientLogins;

/**
 * Who is told about a change to an appointment: the logins, whose link permits appointments, of
 * every client taking part (a couple's or family session tells each), each on their own clock; and
 * the clinician when they asked to hear of requests and cancellations.
 */
@ApplicationScoped
public class AppointmentNotices {

  static final String PORTAL_PAGE = "/portal/appointments";
  static final String STAFF_PAGE = "/staff/appointments";

  private ClientLogins logins;
  private StaffDirectory staff;
  private StaffPreferences preferences;
  private Event<AppointmentNoticeDue> due;
  private Event<AppointmentStatusChanged> statusChanged;
  private EntityManager em;
  private ClientRecords clients;

  protected AppointmentNotices() {}

  /** For tests where no other feature listens to status changes. */
  public AppointmentNotices(
      ClientLogins logins,
      StaffDirectory staff,
      StaffPreferences preferences,
      Event<AppointmentNoticeDue> due) {
    this(logins, staff, preferences, due, null);
  }

  /** For tests that only tell the first client of an appointment, on the practice's clock. */
  public AppointmentNotices(
      ClientLogins logins,
      StaffDirectory staff,
      StaffPreferences preferences,
      Event<AppointmentNoticeDue> due,
      Event<AppointmentStatusChanged> statusChanged) {
    this(logins, staff, preferences, due, statusChanged, null, null);
  }

  @Inject
  public AppointmentNotices(
      ClientLogins logins,
      StaffDirectory staff,
      StaffPreferences preferences,
      Event<AppointmentNoticeDue> due,
      Event<AppointmentStatusChanged> statusChanged,
      EntityManager em,
      ClientRecords clients) {
    this.logins = logins;
    this.staff = staff;
    this.preferences = preferences;
    this.due = due;
    this.statusChanged = statusChanged;
    this.em = em;
    this.clients = clients;
  }

  /** Tells other features (billing) what became of the appointment, in the same unit of work. */
  public void statusChanged(Appointment appointment) {
    if (statusChanged != null) {
      statusChanged.fire(
          new AppointmentStatusChanged(
              Tenancy.require(),
              appointment.id(),
              appointment.clientId(),
              appointment.clinicianId(),
              appointment.serviceTypeId(),
              appointment.startsAt(),
              appointment.status().name()));
    }
  }

  /**
   * Tells every client of the appointment. A login acting for two clients of one session (a parent
   * of two children in a family session) gets one mail, not two.
   */
  public void tellClient(Appointment appointment, AppointmentNoticeDue.What what, String place) {
    Set<String> told = new HashSet<>();
    for (UUID client : participants(appointment)) {
      List<String> recipients = new ArrayList<>();
      for (String login : logins.listRecipients(client, ContactPermission.APPOINTMENTS, false)) {
        if (told.add(login)) {
          recipients.add(login);
        }
      }
      tell(client, recipients, what, appointment.startsAt(), place, Optional.empty());
    }
  }

  /** Tells one waiting client of a time offered to them, or that it has been taken. */
  public void tellWaiting(
      UUID client,
      AppointmentNoticeDue.What what,
      Instant startsAt,
      String place,
      Optional<Instant> openUntil) {
    tell(
        client,
        logins.listRecipients(client, ContactPermission.APPOINTMENTS, false),
        what,
        startsAt,
        place,
        openUntil);
  }

  private void tell(
      UUID client,
      List<String> recipients,
      AppointmentNoticeDue.What what,
      Instant startsAt,
      String place,
      Optional<Instant> openUntil) {
    if (!recipients.isEmpty()) {
      due.fire(
          new AppointmentNoticeDue(
              Tenancy.require(),
              recipients,
              what,
              startsAt,
              place,
              PORTAL_PAGE,
              zoneOf(client),
              openUntil));
    }
  }

  /** The clients taking part: the first, then the further clients of a couple or family session. */
  public List<UUID> participants(Appointment appointment) {
    List<UUID> all = new ArrayList<>();
    all.add(appointment.clientId());
    if (em != null) {
      em
          .createQuery(
              "SELECT p FROM AppointmentClient p WHERE p.appointmentId = :a ORDER BY p.id",
              AppointmentClient.class)
          .setParameter("a", appointment.id())
          .getResultList()
          .stream()
          .map(AppointmentClient::clientId)
          .filter(id -> !all.contains(id))
          .forEach(all::add);
    }
    return all;
  }

  /** The client's own zone, when they have one; mail then names it. */
  public Optional<ZoneId> zoneOf(UUID client) {
    return clients == null
        ? Optional.empty()
        : clients.findIdentity(client).flatMap(ClientIdentity::timeZone);
  }

  public void tellClinician(Appointment appointment, AppointmentNoticeDue.What what, String place) {
    staff
        .findProfile(appointment.clinicianId())
        .filter(StaffProfile::canSignIn)
        .filter(
            clinician ->
                preferences.wantsNotification(
                    clinician.id(), NotificationKind.APPOINTMENT_REQUESTED_OR_CANCELLED))
        .ifPresent(
            clinician ->
                due.fire(
                    new AppointmentNoticeDue(
                        Tenancy.require(),
                        List.of(clinician.email()),
                        what,
                        appointment.startsAt(),
                        place,
                        STAFF_PAGE)));
  }
}
