package org.foyer.core.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import org.foyer.core.persistence.TenantOwned;

/**
 * What every invitation link shares, staff or client: the token's hash, when it expires and when it
 * was used. Using marks it rather than deleting it, so a second use can be told apart from a forged
 * link.
 */
@MappedSuperclass
public abstract class SingleUseInvitation extends TenantOwned {

  @Column(name = "token_hash", nullable = false, updatable = false, length = 64)
  private String tokenHash;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected SingleUseInvitation() {}

  protected SingleUseInvitation(InvitationToken token, Instant issuedAt, Duration validity) {
    if (validity.isNegative() || validity.isZero()) {
      throw new IllegalArgumentException("An invitation must stay valid for some time");
    }
    this.tokenHash = Objects.requireNonNull(token, "token").hash();
    this.expiresAt = issuedAt.plus(validity);
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

  public Instant expiresAt() {
    return expiresAt;
  }

  public boolean isUsed() {
    return usedAt != null;
  }
}
