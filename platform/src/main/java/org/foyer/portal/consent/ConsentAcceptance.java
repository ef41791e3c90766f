package org.foyer.portal.consent;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/**
 * One portal login's acceptance of one version of the consent to electronic records and signatures:
 * the version, the hash of the exact text shown, when, and from which address and browser. Never
 * changed or deleted; a newer version adds a row.
 */
@Entity
@Table(name = "consent_acceptance")
public class ConsentAcceptance extends TenantOwned {

  public static final int ADDRESS_LENGTH = 64;
  public static final int USER_AGENT_LENGTH = 300;

  @Column(name = "portal_account_id", nullable = false, updatable = false)
  private UUID portalAccountId;

  @Column(name = "consent_version", nullable = false, updatable = false)
  private int consentVersion;

  @Column(nullable = false, updatable = false, length = 8)
  private String language;

  @Column(name = "text_sha256", nullable = false, updatable = false, length = 64)
  private String textSha256;

  @Column(name = "accepted_at", nullable = false, updatable = false)
  private Instant acceptedAt;

  @Column(updatable = false, length = ADDRESS_LENGTH)
  private String address;

  @Column(name = "user_agent", updatable = false, length = USER_AGENT_LENGTH)
  private String userAgent;

  protected ConsentAcceptance() {}

  public ConsentAcceptance(
      UUID portalAccountId,
      ConsentText text,
      Instant acceptedAt,
      String address,
      String userAgent) {
    this.portalAccountId = Objects.requireNonNull(portalAccountId, "portal account id");
    this.consentVersion = text.version();
    this.language = text.language();
    this.textSha256 = text.sha256();
    this.acceptedAt = Objects.requireNonNull(acceptedAt, "accepted at");
    this.address = clip(address, ADDRESS_LENGTH);
    this.userAgent = clip(userAgent, USER_AGENT_LENGTH);
  }

  /** Browsers send what they like; the record keeps what its column holds. */
  private static String clip(String value, int length) {
    return value == null || value.length() <= length ? value : value.substring(0, length);
  }

  public UUID portalAccountId() {
    return portalAccountId;
  }

  public int consentVersion() {
    return consentVersion;
  }

  public String language() {
    return language;
  }

  public String textSha256() {
    return textSha256;
  }

  public Instant acceptedAt() {
    return acceptedAt;
  }

  public String address() {
    return address;
  }

  public String userAgent() {
    return userAgent;
  }
}
