package org.foyer.appointments.waitlist.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.persistence.columns.OptionalUuidConverter;

/**
 * A client's place on a clinician's waiting list: they want an earlier time, for a service type or
 * any, and no later than a date or whenever. The queue is the order of {@code joinedAt}.
 */
@Entity
@Table(name = "waitlist_entry")
public class WaitlistEntry extends TenantOwned {

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Column(name = "clinician_id", nullable = false, updatable = false)
  private UUID clinicianId;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "service_type_id")
  private UUID serviceTypeId;

  @Column(name = "wanted_by")
  private LocalDate wantedBy;

  @Column(name = "joined_at", nullable = false, updatable = false)
  private Instant joinedAt;

  @Column(name = "joined_by", nullable = false, updatable = false, length = 320)
  private String joinedBy;

  protected WaitlistEntry() {}

  /**
   * @param serviceTypeId the service wanted, or null for the service of whatever time is freed
   * @param wantedBy the last day an offered time may fall on, or null for any day
   */
  public WaitlistEntry(
      UUID clientId,
      UUID clinicianId,
      UUID serviceTypeId,
      LocalDate wantedBy,
      String joinedBy,
      Instant joinedAt) {
    this.clientId = Objects.requireNonNull(clientId, "client");
    this.clinicianId = Objects.requireNonNull(clinicianId, "clinician");
    this.serviceTypeId = serviceTypeId;
    this.wantedBy = wantedBy;
    this.joinedBy = Objects.requireNonNull(joinedBy, "joined by");
    this.joinedAt = Objects.requireNonNull(joinedAt, "joined at");
  }

  /** Changes what the client waits for; their place in the queue stays. */
  public void wish(UUID serviceTypeId, LocalDate wantedBy) {
    this.serviceTypeId = serviceTypeId;
    this.wantedBy = wantedBy;
  }

  /** Whether a time starting on that day (the practice's date) is one this client still wants. */
  public boolean wants(UUID serviceTypeOfTime, LocalDate day) {
    return (wantedBy == null || !day.isAfter(wantedBy))
        && (serviceTypeId == null || serviceTypeId.equals(serviceTypeOfTime));
  }

  public UUID clientId() {
    return clientId;
  }

  public UUID clinicianId() {
    return clinicianId;
  }

  public Optional<UUID> serviceTypeId() {
    return Optional.ofNullable(serviceTypeId);
  }

  public Optional<LocalDate> wantedBy() {
    return Optional.ofNullable(wantedBy);
  }

  public Instant joinedAt() {
    return joinedAt;
  }
}
