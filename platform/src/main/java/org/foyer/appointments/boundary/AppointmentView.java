package org.foyer.appointments.boundary;

import java.time.Instant;
import java.util.UUID;
import org.foyer.appointments.entity.Appointment;
import org.foyer.appointments.entity.AppointmentStatus;

/**
 * An appointment as staff read it: instants for programs, names and the status's words for people.
 */
public record AppointmentView(
    UUID id,
    UUID clientId,
    String clientName,
    UUID clinicianId,
    String clinicianName,
    UUID serviceTypeId,
    String serviceName,
    UUID locationId,
    Instant startsAt,
    Instant endsAt,
    AppointmentStatus status,
    String statusLabel,
    String staffNotes) {

  static AppointmentView of(Appointment appointment, Names names) {
    return new AppointmentView(
        appointment.id(),
        appointment.clientId(),
        names.client(appointment.clientId()),
        appointment.clinicianId(),
        names.clinician(appointment.clinicianId()),
        appointment.serviceTypeId(),
        names.service(appointment.serviceTypeId()),
        appointment.locationId().orElse(null),
        appointment.startsAt(),
        appointment.endsAt(),
        appointment.status(),
        appointment.status().label(),
        appointment.staffNotes().orElse(null));
  }

  /** Who and what the ids name, looked up once for a whole list. */
  interface Names {
    String client(UUID id);

    String clinician(UUID id);

    String service(UUID id);
  }
}
