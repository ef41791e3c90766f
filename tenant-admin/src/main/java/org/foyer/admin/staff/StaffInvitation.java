package org.foyer.admin.staff;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.persistence.TenantOwned;

/**
 * A single-use, expiring invitation for one staff member to set their password. Inviting again
 * replaces it; accepting marks it used rather than deleting it, so a second use can be told apart
 * from a forged link.
 */
@Entity
@Table(name = "staff_invitation")
public class StaffInvitation extends TenantOwned {

  /** How long a link stays valid: long enough for a weekend, short enough to limit exposure. */
  public static final Duration VALIDITY = Duration.ofDays(7);

  @Column(name = "staff_id", nullable = false, updatable = false)
  private UUID staffId;

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected StaffInvitation() {}

  public StaffInvitation(UUID staffId, InvitationToken token, Instant issuedAt) {
    this.staffId = Objects.requireNonNull(staffId, "staff id");
    this.tokenHash = token.hash();
    this.expiresAt = issuedAt.plus(VALIDITY);
  }

  /**
   * Marks the invitation used.
   *
   * @throws InvitationRefused when it was used before or has expired
   */
  public void use(Instant now) {
    checkUsable(now);
    usedAt = now;
  }

  /** Refuses an invitation that was used before or has expired. */
  public void checkUsable(Instant now) {
    if (usedAt != null) {
      throw new InvitationRefused(InvitationRefused.Reason.USED);
    }
    if (!now.isBefore(expiresAt)) {
      throw new InvitationRefused(InvitationRefused.Reason.EXPIRED);
    }
  }

  public UUID staffId() {
    return staffId;
  }

  public Instant expiresAt() {
    return expiresAt;
  }
}
