package org.foyer.appointments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.persistence.columns.OptionalUuidConverter;

/**
 * One appointment: a client seeing a clinician for a service type, at a location, from a start
 * instant for the service's duration. Times are instants; they are shown in the viewer's zone with
 * the zone named. While it holds its time (requested or booked), the database refuses any other
 * appointment of the clinician overlapping it.
 */
@Entity
@Table(name = "appointment")
public class Appointment extends TenantOwned {

  public static final int NOTES_LENGTH = 2000;
  public static final Duration LONGEST = Duration.ofHours(8);

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Column(name = "clinician_id", nullable = false)
  private UUID clinicianId;

  @Column(name = "service_type_id", nullable = false)
  private UUID serviceTypeId;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "location_id")
  private UUID locationId;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "room_id")
  private UUID roomId;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "series_id")
  private UUID seriesId;

  @Column(name = "starts_at", nullable = false)
  private Instant startsAt;

  @Column(name = "ends_at", nullable = false)
  private Instant endsAt;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private AppointmentStatus status;

  @Column(name = "staff_notes", length = NOTES_LENGTH)
  private String staffNotes;

  @Column(name = "created_at", nullable = false)
  private Instant createdAt;

  @Column(name = "created_by", nullable = false, length = 320)
  private String createdBy;

  protected Appointment() {}

  public Appointment(
      UUID clientId,
      UUID clinicianId,
      UUID serviceTypeId,
      UUID locationId,
      Instant startsAt,
      Duration length,
      String staffNotes,
      String createdBy,
      Instant now) {
    this.clientId = Objects.requireNonNull(clientId, "client");
    this.clinicianId = Objects.requireNonNull(clinicianId, "clinician");
    this.serviceTypeId = Objects.requireNonNull(serviceTypeId, "service type");
    this.locationId = locationId;
    this.status = AppointmentStatus.BOOKED;
    this.createdAt = Objects.requireNonNull(now, "now");
    this.createdBy = Objects.requireNonNull(createdBy, "created by");
    place(startsAt, length);
    this.staffNotes = checkedNotes(staffNotes);
  }

  /**
   * An appointment a client books in the portal: booked outright, or, where the practice confirms
   * portal bookings first, a request a clinician accepts or declines.
   */
  public static Appointment bookedInPortal(
      boolean needsConfirmation,
      UUID clientId,
      UUID clinicianId,
      UUID serviceTypeId,
      UUID locationId,
      Instant startsAt,
      Duration length,
      String createdBy,
      Instant now) {
    Appointment appointment =
        new Appointment(
            clientId,
            clinicianId,
            serviceTypeId,
            locationId,
            startsAt,
            length,
            null,
            createdBy,
            now);
    if (needsConfirmation) {
      appointment.status = AppointmentStatus.REQUESTED;
    }
    return appointment;
  }

  /** Moves the appointment to another start, keeping its length; history cannot move. */
  public void moveTo(Instant newStart) {
    if (!status.holdsTime()) {
      throw invalid("status", "A " + status.label().toLowerCase() + " appointment cannot be moved");
    }
    place(newStart, Duration.between(startsAt, endsAt));
  }

  /**
   * Records what became of the appointment; history does not change again. Attended and no-show
   * tell of a session that has begun, and each may charge the client, so an appointment still to
   * come takes neither.
   */
  public void mark(AppointmentStatus next, Instant now) {
    Objects.requireNonNull(next, "status");
    if ((next == AppointmentStatus.ATTENDED || next == AppointmentStatus.NO_SHOW)
        && now.isBefore(startsAt)) {
      throw invalid(
          "status",
          "This appointment has not begun yet, so it cannot be marked "
              + next.label().toLowerCase()
              + ". Cancel it instead if it will not take place.");
    }
    if (!status.mayBecome(next)) {
      throw invalid(
          "status",
          "A "
              + status.label().toLowerCase()
              + " appointment cannot become "
              + next.label().toLowerCase());
    }
    status = next;
  }

  /** Takes a room (of the appointment's location, checked by the caller) or none. */
  public void takeRoom(UUID room) {
    roomId = room;
  }

  /** Makes the appointment an occurrence of a series. */
  public void belongTo(AppointmentSeries series) {
    seriesId = series == null ? null : series.id();
  }

  public void noteForStaff(String notes) {
    staffNotes = checkedNotes(notes);
  }

  private void place(Instant start, Duration length) {
    Objects.requireNonNull(start, "start");
    if (length == null || length.isNegative() || length.isZero() || length.compareTo(LONGEST) > 0) {
      throw invalid("startsAt", "An appointment lasts between a minute and eight hours");
    }
    startsAt = start;
    endsAt = start.plus(length);
  }

  private static String checkedNotes(String notes) {
    if (notes == null || notes.isBlank()) {
      return null;
    }
    if (notes.length() > NOTES_LENGTH) {
      throw invalid("staffNotes", "Notes are at most " + NOTES_LENGTH + " characters");
    }
    return notes.strip();
  }

  private static InvalidInput invalid(String field, String message) {
    return new InvalidInput(message, Map.of(field, message));
  }

  public UUID clientId() {
    return clientId;
  }

  public UUID clinicianId() {
    return clinicianId;
  }

  public UUID serviceTypeId() {
    return serviceTypeId;
  }

  public Optional<UUID> locationId() {
    return Optional.ofNullable(locationId);
  }

  public Optional<UUID> roomId() {
    return Optional.ofNullable(roomId);
  }

  public Optional<UUID> seriesId() {
    return Optional.ofNullable(seriesId);
  }

  public Instant startsAt() {
    return startsAt;
  }

  public Instant endsAt() {
    return endsAt;
  }

  public AppointmentStatus status() {
    return status;
  }

  public Optional<String> staffNotes() {
    return Optional.ofNullable(staffNotes);
  }

  public Instant createdAt() {
    return createdAt;
  }

  public String createdBy() {
    return createdBy;
  }
}
