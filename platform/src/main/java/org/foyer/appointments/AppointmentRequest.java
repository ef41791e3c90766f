package org.foyer.appointments;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import org.foyer.appointments.entity.Appointment;

/**
 * An appointment as staff book it, on a page or through the API alike. Its length comes from the
 * service type, never from the request.
 *
 * @param startsAt an instant (e.g. {@code 2026-03-09T15:00:00Z} or with an offset)
 * @param locationId empty for an appointment without a place yet
 * @param roomId a room of the location, or empty
 * @param clients every client of a couple or family session, the first being {@code clientId}'s
 *     (which may then be left out); empty for one client
 * @param recurrence how the appointment repeats, or empty for a single one
 */
public record AppointmentRequest(
    @NotNull(message = "{appointment.client.required}") UUID clientId,
    @NotNull(message = "{appointment.clinician.required}") UUID clinicianId,
    @NotNull(message = "{appointment.serviceType.required}") UUID serviceTypeId,
    UUID locationId,
    @NotNull(message = "{appointment.start.required}") Instant startsAt,
    @Size(max = Appointment.NOTES_LENGTH, message = "{foyer.tooLong}") String staffNotes,
    UUID roomId,
    List<UUID> clients,
    Recurrence recurrence) {

  /**
   * Written out rather than implicit so that the components' constraints are not copied onto its
   * parameters: Payara's OpenAPI scanner fails with a NullPointerException on a constrained
   * parameter that is not a JAX-RS parameter (payara/Payara#7649), which made /openapi answer 500.
   * Validation reads the constraints from the fields.
   */
  public AppointmentRequest(
      UUID clientId,
      UUID clinicianId,
      UUID serviceTypeId,
      UUID locationId,
      Instant startsAt,
      String staffNotes,
      UUID roomId,
      List<UUID> clients,
      Recurrence recurrence) {
    this.clientId = clientId;
    this.clinicianId = clinicianId;
    this.serviceTypeId = serviceTypeId;
    this.locationId = locationId;
    this.startsAt = startsAt;
    this.staffNotes = staffNotes;
    this.roomId = roomId;
    this.clients = clients == null ? List.of() : clients.stream().filter(Objects::nonNull).toList();
    this.recurrence = recurrence;
  }
}
