package org.foyer.appointments;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.tenancy.TenantId;

/**
 * An appointment's status changed, fired synchronously in the unit of work that changed it, so what
 * other features do about it (billing posts a charge for an attended, late-cancelled or missed
 * appointment) commits with the change or not at all.
 *
 * @param status the new status's name ({@code ATTENDED}, {@code LATE_CANCELLED}, {@code NO_SHOW},
 *     ...), as {@code AppointmentStatus} names it
 */
public record AppointmentStatusChanged(
    TenantId tenant,
    UUID appointmentId,
    UUID clientId,
    UUID clinicianId,
    UUID serviceTypeId,
    Instant startsAt,
    String status) {

  public AppointmentStatusChanged {
    Objects.requireNonNull(appointmentId, "appointment");
    Objects.requireNonNull(clientId, "client");
    Objects.requireNonNull(serviceTypeId, "service type");
    Objects.requireNonNull(status, "status");
  }
}
