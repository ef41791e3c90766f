package org.foyer.appointments.waitlist.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.errors.Conflict;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.persistence.columns.OptionalUuidConverter;

/**
 * A freed time offered to one waiting client. Every client waiting for the clinician whose wish
 * fits is offered the same time at once, each by their own offer sharing {@code
 * freedAppointmentId}; the first to claim it books it, and the others' offers are then {@link
 * Status#GONE}. An offer may be claimed only while open: until {@code openUntil}, and before the
 * time starts.
 */
@Entity
@Table(name = "waitlist_offer")
public class WaitlistOffer extends TenantOwned {

  /** Where an offer stands; an expired offer stays OPEN in the table and is read as ended. */
  public enum Status {
    OPEN,
    CLAIMED,
    GONE
  }

  @Column(name = "freed_appointment_id", nullable = false, updatable = false)
  private UUID freedAppointmentId;

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Column(name = "clinician_id", nullable = false, updatable = false)
  private UUID clinicianId;

  @Column(name = "service_type_id", nullable = false, updatable = false)
  private UUID serviceTypeId;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "location_id", updatable = false)
  private UUID locationId;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private Instant startsAt;

  @Column(name = "queue_position", nullable = false, updatable = false)
  private int queuePosition;

  @Column(name = "offered_at", nullable = false, updatable = false)
  private Instant offeredAt;

  @Column(name = "open_until", nullable = false, updatable = false)
  private Instant openUntil;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private Status status;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "claimed_appointment_id")
  private UUID claimedAppointmentId;

  protected WaitlistOffer() {}

  /** An offer open until {@code openUntil} or the time's start, whichever comes first. */
  public WaitlistOffer(
      UUID freedAppointmentId,
      UUID clientId,
      UUID clinicianId,
      UUID serviceTypeId,
      UUID locationId,
      Instant startsAt,
      int queuePosition,
      Instant offeredAt,
      Instant openUntil) {
    this.freedAppointmentId = Objects.requireNonNull(freedAppointmentId, "freed appointment");
    this.clientId = Objects.requireNonNull(clientId, "client");
    this.clinicianId = Objects.requireNonNull(clinicianId, "clinician");
    this.serviceTypeId = Objects.requireNonNull(serviceTypeId, "service type");
    this.locationId = locationId;
    this.startsAt = Objects.requireNonNull(startsAt, "start");
    this.queuePosition = queuePosition;
    this.offeredAt = Objects.requireNonNull(offeredAt, "offered at");
    this.openUntil = openUntil.isAfter(startsAt) ? startsAt : openUntil;
    this.status = Status.OPEN;
  }

  /** Whether the client may still claim it at {@code now}. */
  public boolean isOpen(Instant now) {
    return status == Status.OPEN && now.isBefore(openUntil);
  }

  /**
   * Refuses a claim of an offer that has ended, with words the client can act on: somebody else
   * took the time, or the offer's window closed.
   */
  public void requireOpen(Instant now) {
    if (status == Status.CLAIMED) {
      throw new Conflict("You have already claimed this time; it is in your appointments.");
    }
    if (status == Status.GONE) {
      throw new Conflict(
          "Someone on the waiting list claimed this time first. You stay on the waiting list.");
    }
    if (!now.isBefore(openUntil)) {
      throw new Conflict(
          "This offer has ended, so the time can no longer be claimed. You stay on the waiting"
              + " list.");
    }
  }

  /** The client booked the time through this offer. */
  public void claimed(UUID appointmentId) {
    status = Status.CLAIMED;
    claimedAppointmentId = Objects.requireNonNull(appointmentId);
  }

  /** Another waiting client booked the time. */
  public void gone() {
    if (status == Status.OPEN) {
      status = Status.GONE;
    }
  }

  public UUID freedAppointmentId() {
    return freedAppointmentId;
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

  public Instant startsAt() {
    return startsAt;
  }

  public int queuePosition() {
    return queuePosition;
  }

  public Instant openUntil() {
    return openUntil;
  }

  public Status status() {
    return status;
  }

  public Optional<UUID> claimedAppointmentId() {
    return Optional.ofNullable(claimedAppointmentId);
  }
}
