package org.foyer.appointments.availability.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/**
 * A stretch a clinician does not see clients (leave, a training day), as instants: no slot is
 * offered inside it. Appointments already booked in it stay; staff move them.
 */
@Entity
@Table(name = "clinician_time_off")
public class TimeOff extends TenantOwned {

  public static final int NOTE_LENGTH = 200;

  @Column(name = "clinician_id", nullable = false, updatable = false)
  private UUID clinicianId;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private Instant endsAt;

  @Column(length = NOTE_LENGTH, updatable = false)
  private String note;

  protected TimeOff() {}

  public TimeOff(UUID clinicianId, Instant startsAt, Instant endsAt, String note) {
    this.clinicianId = Objects.requireNonNull(clinicianId, "clinician");
    this.startsAt = Objects.requireNonNull(startsAt, "start");
    this.endsAt = Objects.requireNonNull(endsAt, "end");
    this.note = note;
  }

  public UUID clinicianId() {
    return clinicianId;
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public String note() {
    return note == null ? "" : note;
  }
}
