package org.foyer.portal.invitation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.invitation.InvitationRefused;
import org.foyer.core.invitation.InvitationToken;
import org.foyer.core.invitation.SingleUseInvitation;

/**
 * A single-use link for one portal login to choose its password. Inviting the same login again
 * marks the earlier link replaced instead of deleting it, so the person who opens an old email is
 * told a newer one was sent rather than that the link is forged.
 */
@Entity
@Table(name = "client_invitation")
public class ClientInvitation extends SingleUseInvitation {

  @Column(name = "portal_account_id", nullable = false, updatable = false)
  private UUID portalAccountId;

  @Column(name = "replaced_at")
  private Instant replacedAt;

  protected ClientInvitation() {}

  public ClientInvitation(
      UUID portalAccountId, InvitationToken token, Instant issuedAt, Duration validity) {
    super(token, issuedAt, validity);
    this.portalAccountId = Objects.requireNonNull(portalAccountId, "portal account id");
  }

  /** A newer invitation to the same login supersedes this one. */
  public void replace(Instant at) {
    if (replacedAt == null && !isUsed()) {
      replacedAt = Objects.requireNonNull(at);
    }
  }

  @Override
  public void checkUsable(Instant now) {
    if (replacedAt != null) {
      throw new InvitationRefused(InvitationRefused.Reason.REPLACED);
    }
    super.checkUsable(now);
  }

  public UUID portalAccountId() {
    return portalAccountId;
  }
}
