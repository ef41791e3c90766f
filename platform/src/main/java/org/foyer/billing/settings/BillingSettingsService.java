package org.foyer.billing.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.billing.BillingIdentity;
import org.foyer.billing.boundary.Billing;
import org.foyer.billing.control.ProcessorAccounts;
import org.foyer.billing.settings.entity.BillingSettings;
import org.foyer.billing.settings.entity.GatewayKind;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.runtime.RuntimeSettings;

/**
 * The practice's billing settings: fees, for holders of "billing"; the processor and its secrets,
 * for those who manage the portal's settings (online payments are one of them).
 */
@ApplicationScoped
public class BillingSettingsService {

  private ProcessorAccounts accounts;
  private AuditLog audit;
  private boolean production;

  protected BillingSettingsService() {}

  /** Outside production: the test processor may be chosen. */
  public BillingSettingsService(ProcessorAccounts accounts, AuditLog audit) {
    this(accounts, audit, false);
  }

  @Inject
  public BillingSettingsService(
      ProcessorAccounts accounts, AuditLog audit, RuntimeSettings runtime) {
    this(accounts, audit, runtime.isProduction());
  }

  /** As in production ({@code true}) or not, for tests. */
  public BillingSettingsService(ProcessorAccounts accounts, AuditLog audit, boolean production) {
    this.accounts = accounts;
    this.audit = audit;
    this.production = production;
  }

  @Transactional(readOnly = true)
  public FeeSettings fees(Caller caller) {
    Billing.requireBilling(caller);
    BillingSettings settings = accounts.settings();
    return new FeeSettings(
        settings.currency(), settings.lateCancelFeeCents(), settings.noShowFeeCents());
  }

  @Transactional
  public FeeSettings changeFees(Caller caller, FeeSettings fees) {
    Billing.requireBilling(caller);
    if (fees == null) {
      throw Billing.invalid("lateCancelFeeCents", "Send the fees as a JSON object");
    }
    accounts.settingsForChange().changeFees(fees.lateCancelFeeCents(), fees.noShowFeeCents());
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.BILLING_SETTINGS_CHANGED).about("fees"));
    return fees(caller);
  }

  /** What superbills name the practice by (NPI, tax id, place of service). */
  @Transactional(readOnly = true)
  public BillingIdentity identity(Caller caller) {
    Billing.requireBilling(caller);
    return accounts.settings().identity();
  }

  /** Changes what superbills name the practice by; each field at fault is named. */
  @Transactional
  public BillingIdentity changeIdentity(Caller caller, BillingIdentity identity) {
    Billing.requireBilling(caller);
    if (identity == null) {
      throw Billing.invalid("npi", "Send the practice's NPI, tax id and place of service");
    }
    accounts.settingsForChange().identify(identity);
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.BILLING_SETTINGS_CHANGED)
            .about("superbill details"));
    return identity(caller);
  }

  /** How the practice takes cards, for those who may change it; secrets only as kept or not. */
  @Transactional(readOnly = true)
  public ProcessorView processor(Caller caller) {
    requireProcessorManager(caller);
    BillingSettings settings = accounts.settings();
    GatewayKind kind = settings.gateway();
    return new ProcessorView(
        kind.name(),
        switch (kind) {
          case MANUAL -> "No online payments (payments are taken at the practice)";
          case TEST -> "Test processor (moves no money)";
          case STRIPE -> "Stripe";
        },
        settings.sealedSecretKey().isPresent(),
        settings.sealedWebhookSecret().isPresent(),
        settings.publishableKey().orElse(null));
  }

  /**
   * Connects the practice's own processor account; the secrets are sealed at once and never shown
   * again.
   */
  @Transactional
  public void connect(Caller caller, String gateway, String secretKey, String webhookSecret) {
    connect(caller, gateway, secretKey, webhookSecret, null);
  }

  /**
   * As {@link #connect(Caller, String, String, String)}, with Stripe's publishable key, which the
   * portal's Payment Element needs (without it the portal cannot take cards through Stripe).
   */
  @Transactional
  public void connect(
      Caller caller,
      String gateway,
      String secretKey,
      String webhookSecret,
      String publishableKey) {
    requireProcessorManager(caller);
    GatewayKind kind;
    try {
      kind = GatewayKind.valueOf(gateway == null ? "" : gateway.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw Billing.invalid("gateway", "Choose MANUAL, TEST or STRIPE");
    }
    if (kind == GatewayKind.TEST && production) {
      // It takes made-up cards and moves no money: a practice's ledger would show payments that
      // never reached its bank.
      throw Billing.invalid(
          "gateway",
          "The test processor moves no money, so it is not offered here; choose Stripe, or none"
              + " to take payments at the practice");
    }
    if (kind == GatewayKind.STRIPE && (secretKey == null || secretKey.isBlank())) {
      throw Billing.invalid("secretKey", "Stripe needs the practice's secret key");
    }
    if (publishableKey != null
        && !publishableKey.isBlank()
        && !publishableKey.strip().matches("pk_(test|live)_[A-Za-z0-9]{8,190}")) {
      throw Billing.invalid(
          "publishableKey", "A Stripe publishable key starts with pk_test_ or pk_live_");
    }
    accounts.connect(kind, secretKey, webhookSecret, publishableKey);
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.BILLING_SETTINGS_CHANGED)
            .about("payment processor " + kind.name().toLowerCase()));
  }

  private static void requireProcessorManager(Caller caller) {
    if (caller == null || !caller.isStaff() || !caller.can(Capability.MANAGE_PORTAL_SETTINGS)) {
      throw new NotFound("That setting");
    }
  }
}
