package org.foyer.appointments.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;
import org.foyer.core.persistence.columns.OptionalUuidConverter;

/**
 * A secret calendar address of one clinician's or one client's appointments. The secret itself is
 * shown once; only its SHA-256 is kept. Revoking is for good.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed extends TenantOwned {

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "clinician_id", updatable = false)
  private UUID clinicianId;

  @Convert(converter = OptionalUuidConverter.class)
  @Column(name = "client_id", updatable = false)
  private UUID clientId;

  @Column(name = "created_by", nullable = false, updatable = false, length = 320)
  private String createdBy;

  @Column(name = "token_sha256", nullable = false, updatable = false, length = 64)
  private String tokenSha256;

  @Column(name = "shows_client_names", nullable = false, updatable = false)
  private boolean showsClientNames;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected CalendarFeed() {}

  private CalendarFeed(
      UUID clinicianId,
      UUID clientId,
      String createdBy,
      String tokenSha256,
      boolean showsClientNames,
      Instant now) {
    this.clinicianId = clinicianId;
    this.clientId = clientId;
    this.createdBy = Objects.requireNonNull(createdBy, "created by");
    this.tokenSha256 = Objects.requireNonNull(tokenSha256, "token hash");
    this.showsClientNames = showsClientNames;
    this.createdAt = Objects.requireNonNull(now, "now");
  }

  public static CalendarFeed ofClinician(
      UUID clinicianId,
      String createdBy,
      String tokenSha256,
      boolean showsClientNames,
      Instant now) {
    return new CalendarFeed(
        Objects.requireNonNull(clinicianId), null, createdBy, tokenSha256, showsClientNames, now);
  }

  public static CalendarFeed ofClient(
      UUID clientId, String createdBy, String tokenSha256, Instant now) {
    return new CalendarFeed(
        null, Objects.requireNonNull(clientId), createdBy, tokenSha256, true, now);
  }

  public void revoke(Instant when) {
    if (revokedAt == null) {
      revokedAt = when;
    }
  }

  public Optional<UUID> clinicianId() {
    return Optional.ofNullable(clinicianId);
  }

  public Optional<UUID> clientId() {
    return Optional.ofNullable(clientId);
  }

  public String createdBy() {
    return createdBy;
  }

  public boolean showsClientNames() {
    return showsClientNames;
  }

  public Instant createdAt() {
    return createdAt;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
