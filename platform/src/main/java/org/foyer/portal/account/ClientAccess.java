package org.foyer.portal.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/**
 * A link in the Client Contact Network: this login may act for that client, as self, parent,
 * guardian or responsible party, until the practice revokes it. Revoked links are kept for the
 * record; every check reads only links that are not revoked.
 */
@Entity
@Table(name = "client_access")
public class ClientAccess extends TenantOwned {

  @Column(name = "portal_account_id", nullable = false)
  private UUID portalAccountId;

  @Column(name = "client_id", nullable = false)
  private UUID clientId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 24)
  private Relationship relationship;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected ClientAccess() {}

  public ClientAccess(UUID portalAccountId, UUID clientId, Relationship relationship) {
    this.portalAccountId = Objects.requireNonNull(portalAccountId);
    this.clientId = Objects.requireNonNull(clientId);
    this.relationship = Objects.requireNonNull(relationship);
  }

  public void revoke(Instant when) {
    if (revokedAt == null) {
      revokedAt = Objects.requireNonNull(when);
    }
  }

  public UUID portalAccountId() {
    return portalAccountId;
  }

  public UUID clientId() {
    return clientId;
  }

  public Relationship relationship() {
    return relationship;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }
}
