package org.foyer.billing.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.foyer.billing.BillingIdentity;
import org.foyer.billing.entity.LedgerEntry;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.persistence.TenantOwned;

/**
 * How a practice bills: its currency, the fees for a late cancellation and a no-show (zero for
 * none), and which processor takes its clients' cards. The processor's secret key and webhook
 * signing secret are kept only sealed with the master key, bound to the practice. One row a
 * practice, or none for the defaults (US dollars, no fees, payments recorded by staff).
 */
@Entity
@Table(name = "billing_settings")
public class BillingSettings extends TenantOwned {

  public static final String DEFAULT_CURRENCY = "USD";

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(name = "late_cancel_fee_cents", nullable = false)
  private long lateCancelFeeCents;

  @Column(name = "no_show_fee_cents", nullable = false)
  private long noShowFeeCents;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private GatewayKind gateway;

  @Column(name = "sealed_secret_key")
  private String sealedSecretKey;

  /** Stripe's publishable key, for Stripe.js in the portal; not a secret. */
  @Column(name = "publishable_key", length = 200)
  private String publishableKey;

  @Column(name = "sealed_webhook_secret")
  private String sealedWebhookSecret;

  @Column(length = 10)
  private String npi;

  @Column(name = "tax_id", length = 9)
  private String taxId;

  @Column(name = "place_of_service", nullable = false, length = 2)
  private String placeOfService;

  protected BillingSettings() {}

  public static BillingSettings defaults() {
    BillingSettings settings = new BillingSettings();
    settings.currency = DEFAULT_CURRENCY;
    settings.gateway = GatewayKind.MANUAL;
    settings.placeOfService = BillingIdentity.OFFICE;
    return settings;
  }

  /** What superbills name the practice by; checked by {@link BillingIdentity#checked}. */
  public void identify(BillingIdentity identity) {
    BillingIdentity checked = identity.checked();
    npi = checked.npi();
    taxId = checked.taxId();
    placeOfService = checked.placeOfService();
  }

  public BillingIdentity identity() {
    return new BillingIdentity(npi, taxId, placeOfService);
  }

  /** The fees charged when an appointment is cancelled late or missed. */
  public void changeFees(long lateCancelCents, long noShowCents) {
    lateCancelFeeCents = fee("lateCancelFeeCents", lateCancelCents);
    noShowFeeCents = fee("noShowFeeCents", noShowCents);
  }

  /**
   * Connects a processor; the secrets arrive already sealed (or null for a processor that needs
   * none).
   */
  public void connect(GatewayKind kind, String sealedSecretKey, String sealedWebhookSecret) {
    this.gateway = Objects.requireNonNull(kind, "gateway");
    this.sealedSecretKey = sealedSecretKey;
    this.sealedWebhookSecret = sealedWebhookSecret;
  }

  /** The key the processor's script in clients' browsers identifies the practice by, or null. */
  public void publish(String key) {
    this.publishableKey = key == null || key.isBlank() ? null : key.strip();
  }

  public Optional<String> publishableKey() {
    return Optional.ofNullable(publishableKey);
  }

  private static long fee(String field, long cents) {
    if (cents < 0 || cents > LedgerEntry.LARGEST_CENTS) {
      String message = "A fee is between 0.00 and 1,000,000.00";
      throw new InvalidInput(message, Map.of(field, message));
    }
    return cents;
  }

  public String currency() {
    return currency;
  }

  public long lateCancelFeeCents() {
    return lateCancelFeeCents;
  }

  public long noShowFeeCents() {
    return noShowFeeCents;
  }

  public GatewayKind gateway() {
    return gateway;
  }

  public Optional<String> sealedSecretKey() {
    return Optional.ofNullable(sealedSecretKey);
  }

  public Optional<String> sealedWebhookSecret() {
    return Optional.ofNullable(sealedWebhookSecret);
  }
}
