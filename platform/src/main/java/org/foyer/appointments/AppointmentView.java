package org.foyer.appointments;

import java.time.Instant;
import java.util.List;
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
    String staffNotes,
    UUID roomId,
    String roomName,
    UUID seriesId,
    List<Participant> clients) {

  /** One client of the appointment; a couple or family session has several. */
  public record Participant(UUID id, String name) {}

  public static AppointmentView of(Appointment appointment, List<UUID> clientIds, Names names) {
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
        appointment.staffNotes().orElse(null),
        appointment.roomId().orElse(null),
        appointment.roomId().map(names::room).orElse(null),
        appointment.seriesId().orElse(null),
        clientIds.stream().map(id -> new Participant(id, names.client(id))).toList());
  }

  /** Every client's name, joined for a calendar entry or a list line. */
  public String clientNames() {
    return clients.isEmpty()
        ? clientName
        : String.join(" & ", clients.stream().map(Participant::name).toList());
  }

  /** Who and what the ids name, looked up once for a whole list. */
  public interface Names {
    String client(UUID id);

    String clinician(UUID id);

    String service(UUID id);

    String room(UUID id);
  }
}
