package org.foyer.admin.staff.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.invitation.InvitationToken;
import org.foyer.core.invitation.SingleUseInvitation;

/**
 * A single-use, expiring invitation for one staff member to set their password. Inviting again
 * replaces it.
 */
@Entity
@Table(name = "staff_invitation")
public class StaffInvitation extends SingleUseInvitation {

  /** How long a link stays valid: long enough for a weekend, short enough to limit exposure. */
  public static final Duration VALIDITY = Duration.ofDays(7);

  @Column(name = "staff_id", nullable = false, updatable = false)
  private UUID staffId;

  protected StaffInvitation() {}

  public StaffInvitation(UUID staffId, InvitationToken token, Instant issuedAt) {
    super(token, issuedAt, VALIDITY);
    this.staffId = Objects.requireNonNull(staffId, "staff id");
  }

  public UUID staffId() {
    return staffId;
  }
}
