package org.foyer.appointments;

import java.util.List;
import org.foyer.admin.services.ServiceTypeChoice;
import org.foyer.appointments.boundary.PortalAppointments;

/**
 * The portal's view of one client's appointments and what the client may do about them.
 *
 * @param booking how the practice takes appointments from the portal: "instant", "request" or "off"
 * @param bookingBlockedBecause why this client cannot book from the portal even though the practice
 *     allows it (no clinician yet, intake not finished); empty when nothing stands in the way
 */
public record PortalSchedule(
    String clientName,
    String clinicianName,
    String booking,
    String bookingBlockedBecause,
    int cancellationWindowHours,
    String timeZone,
    List<ServiceTypeChoice> services,
    List<PortalAppointment> upcoming,
    List<PortalAppointment> past) {

  public boolean mayBook() {
    return !"off".equals(booking) && bookingBlockedBecause.isEmpty();
  }

  /** Whether what holds the client back is the practice's rule that intake comes first. */
  public boolean intakeFirst() {
    return PortalAppointments.INTAKE_FIRST.equals(bookingBlockedBecause);
  }

  public boolean instant() {
    return "instant".equals(booking);
  }
}
