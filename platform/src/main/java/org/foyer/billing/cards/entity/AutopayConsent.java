package org.foyer.billing.cards.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/**
 * A client's consent, given by them or by a contact on their behalf, to have each invoice charged
 * to a saved card when the practice sends it. It records the exact wording agreed to (its version),
 * who agreed and when; withdrawing ends it but keeps the record.
 */
@Entity
@Table(name = "autopay_consent")
public class AutopayConsent extends TenantOwned {

  @Column(name = "client_id", nullable = false, updatable = false)
  private UUID clientId;

  @Column(name = "card_id", nullable = false, updatable = false)
  private UUID cardId;

  @Column(name = "terms_version", nullable = false, length = 20, updatable = false)
  private String termsVersion;

  @Column(name = "consented_by", nullable = false, length = 320, updatable = false)
  private String consentedBy;

  @Column(name = "on_behalf", nullable = false, updatable = false)
  private boolean onBehalf;

  @Column(name = "consented_at", nullable = false, updatable = false)
  private Instant consentedAt;

  @Column(name = "withdrawn_at")
  private Instant withdrawnAt;

  @Column(name = "withdrawn_by", length = 320)
  private String withdrawnBy;

  protected AutopayConsent() {}

  public AutopayConsent(
      UUID clientId,
      UUID cardId,
      String termsVersion,
      String consentedBy,
      boolean onBehalf,
      Instant now) {
    this.clientId = Objects.requireNonNull(clientId, "client");
    this.cardId = Objects.requireNonNull(cardId, "card");
    this.termsVersion = Objects.requireNonNull(termsVersion, "terms version");
    this.consentedBy = Objects.requireNonNull(consentedBy, "consented by");
    this.onBehalf = onBehalf;
    this.consentedAt = Objects.requireNonNull(now, "now");
  }

  public void withdraw(String by, Instant now) {
    if (withdrawnAt == null) {
      withdrawnBy = Objects.requireNonNull(by, "withdrawn by");
      withdrawnAt = Objects.requireNonNull(now, "now");
    }
  }

  public boolean isStanding() {
    return withdrawnAt == null;
  }

  public UUID clientId() {
    return clientId;
  }

  public UUID cardId() {
    return cardId;
  }

  public String termsVersion() {
    return termsVersion;
  }

  public String consentedBy() {
    return consentedBy;
  }

  public boolean onBehalf() {
    return onBehalf;
  }

  public Instant consentedAt() {
    return consentedAt;
  }

  public Optional<Instant> withdrawnAt() {
    return Optional.ofNullable(withdrawnAt);
  }
}
