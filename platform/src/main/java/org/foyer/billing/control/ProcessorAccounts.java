package org.foyer.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.foyer.billing.control.gateway.GatewayAccount;
import org.foyer.billing.settings.entity.BillingSettings;
import org.foyer.billing.settings.entity.GatewayKind;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.tenancy.TenantId;
import org.foyer.security.crypto.MasterKey;
import org.foyer.security.crypto.Sealer;

/**
 * The practice's billing settings and its processor account. The secret key and the webhook signing
 * secret are sealed with the master key, bound to the practice and to what they are, so a sealed
 * key copied to another practice's row, or into the other column, does not open.
 */
@ApplicationScoped
public class ProcessorAccounts {

  private EntityManager em;
  private MasterKey masterKey;

  protected ProcessorAccounts() {}

  @Inject
  public ProcessorAccounts(EntityManager em, MasterKey masterKey) {
    this.em = em;
    this.masterKey = masterKey;
  }

  /** The practice's settings, or the defaults when it has saved none. */
  public BillingSettings settings() {
    List<BillingSettings> found =
        em.createQuery("SELECT s FROM BillingSettings s", BillingSettings.class).getResultList();
    return found.isEmpty() ? BillingSettings.defaults() : found.get(0);
  }

  /** The settings row to change, created on first change. */
  public BillingSettings settingsForChange() {
    BillingSettings settings = settings();
    if (!em.contains(settings)) {
      em.persist(settings);
    }
    return settings;
  }

  /** Connects the practice to a processor with its secrets (null for none), sealing them. */
  public void connect(GatewayKind kind, String secretKey, String webhookSecret) {
    connect(kind, secretKey, webhookSecret, null);
  }

  /**
   * As {@link #connect(GatewayKind, String, String)}, with Stripe's publishable key for Stripe.js.
   */
  public void connect(
      GatewayKind kind, String secretKey, String webhookSecret, String publishableKey) {
    TenantId practice = Tenancy.require();
    settingsForChange().publish(kind == GatewayKind.STRIPE ? publishableKey : null);
    settingsForChange()
        .connect(
            kind,
            seal(secretKey, context(practice, "secret-key")),
            seal(webhookSecret, context(practice, "webhook-secret")));
  }

  /** The account of a processor, its secrets opened for one call. */
  public GatewayAccount account(GatewayKind kind) {
    BillingSettings settings = settings();
    if (kind != settings.gateway()) {
      return new GatewayAccount(kind, null, null);
    }
    TenantId practice = Tenancy.require();
    return new GatewayAccount(
        kind,
        settings.sealedSecretKey().map(s -> open(s, context(practice, "secret-key"))).orElse(null),
        settings
            .sealedWebhookSecret()
            .map(s -> open(s, context(practice, "webhook-secret")))
            .orElse(null));
  }

  private String seal(String secret, String context) {
    if (secret == null || secret.isBlank()) {
      return null;
    }
    return new Sealer(masterKey.key())
        .seal(secret.strip().getBytes(StandardCharsets.UTF_8), context);
  }

  private String open(String sealed, String context) {
    return new String(new Sealer(masterKey.key()).open(sealed, context), StandardCharsets.UTF_8);
  }

  private static String context(TenantId practice, String what) {
    return "billing-" + what + ":" + practice.value();
  }
}
