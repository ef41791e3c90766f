package org.foyer.appointments.availability.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.persistence.columns.OptionalUuidConverter;

/**
 * One block of a clinician's weekly hours, on the practice's wall clock (Monday 09:00 to 12:00 at
 * the main office). Kept as wall-clock times, not instants, so a block means the same hours on both
 * sides of a DST change.
 */
@Entity
@Table(name = "clinician_hours")
public class WeeklyHours extends TenantOwned {

  @Column(name = "clinician_id", nullable = false, updatable = false)
  private UUID clinicianId;

  /** ISO day of the week, Monday 1 to Sunday 7. */
  @Column(nullable = false, updatable = false)
  private int weekday;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private LocalTime startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private LocalTime endsAt;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "location_id", updatable = false)
  private UUID locationId;

  protected WeeklyHours() {}

  public WeeklyHours(
      UUID clinicianId, DayOfWeek day, LocalTime startsAt, LocalTime endsAt, UUID locationId) {
    this.clinicianId = Objects.requireNonNull(clinicianId, "clinician");
    this.weekday = Objects.requireNonNull(day, "day").getValue();
    this.startsAt = Objects.requireNonNull(startsAt, "start");
    this.endsAt = Objects.requireNonNull(endsAt, "end");
    this.locationId = locationId;
  }

  public UUID clinicianId() {
    return clinicianId;
  }

  public DayOfWeek day() {
    return DayOfWeek.of(weekday);
  }

  public LocalTime startsAt() {
    return startsAt;
  }

  public LocalTime endsAt() {
    return endsAt;
  }

  public Optional<UUID> locationId() {
    return Optional.ofNullable(locationId);
  }
}
