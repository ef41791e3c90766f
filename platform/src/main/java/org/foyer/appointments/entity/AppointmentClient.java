package org.foyer.appointments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/**
 * A further client of a couple or family session; the first client is the appointment's own {@code
 * clientId}, so readers that know one client only keep seeing the first.
 */
@Entity
@Table(name = "appointment_client")
public class AppointmentClient extends TenantOwned {

  @Column(name = "appointment_id", nullable = false)
  private UUID appointmentId;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  protected AppointmentClient() {}

  public AppointmentClient(UUID appointmentId, UUID clientId) {
    this.appointmentId = Objects.requireNonNull(appointmentId, "appointment");
    this.clientId = Objects.requireNonNull(clientId, "client");
  }

  public UUID appointmentId() {
    return appointmentId;
  }

  public UUID clientId() {
    return clientId;
  }
}
