package org.foyer.appointments.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import org.foyer.admin.preferences.NotificationKind;
import org.foyer.admin.preferences.StaffPreferences;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.appointments.AppointmentNoticeDue;
import org.foyer.appointments.AppointmentStatusChanged;
import org.foyer.appointments.entity.Appointment;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.ClientLogins;

/**
 * Who is told about a change to an appointment: the client's logins whose link permits
 * appointments, and the clinician when they asked to hear of requests and cancellations.
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

  protected AppointmentNotices() {}

  /** For tests where no other feature listens to status changes. */
  public AppointmentNotices(
      ClientLogins logins,
      StaffDirectory staff,
      StaffPreferences preferences,
      Event<AppointmentNoticeDue> due) {
    this(logins, staff, preferences, due, null);
  }

  @Inject
  public AppointmentNotices(
      ClientLogins logins,
      StaffDirectory staff,
      StaffPreferences preferences,
      Event<AppointmentNoticeDue> due,
      Event<AppointmentStatusChanged> statusChanged) {
    this.logins = logins;
    this.staff = staff;
    this.preferences = preferences;
    this.due = due;
    this.statusChanged = statusChanged;
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

  public void tellClient(Appointment appointment, AppointmentNoticeDue.What what, String place) {
    List<String> recipients =
        logins.listRecipients(appointment.clientId(), ContactPermission.APPOINTMENTS, false);
    if (!recipients.isEmpty()) {
      due.fire(
          new AppointmentNoticeDue(
              Tenancy.require(), recipients, what, appointment.startsAt(), place, PORTAL_PAGE));
    }
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
