package org.foyer.billing.settings;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.foyer.admin.pages.PageMessages;
import org.foyer.billing.BillingIdentity;
import org.foyer.billing.Money;
import org.foyer.billing.boundary.Billing;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.BusinessException;

/**
 * The practice's billing settings page: the late-cancellation and no-show fees (holders of
 * "billing") and how cards are taken (those who manage the portal's settings). Secret keys are
 * typed, sealed and never shown again: the page says only whether one is kept. Staff with neither
 * permission meet 404.
 */
@Named("billingSettings")
@ViewScoped
public class BillingSettingsPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient BillingSettingsService settings;
  @Inject transient Caller caller;
  @Inject transient ClinicianNpiSettings clinicianNpis;

  private boolean loaded;
  private FeeSettings fees;
  private ProcessorView processor;
  private String lateCancelFee;
  private String noShowFee;
  private String gateway;
  private String secretKey;
  private String webhookSecret;
  private String publishableKey;
  private String npi;
  private String taxId;
  private String placeOfService;
  private List<ClinicianNpiView> clinicians = List.of();
  private Map<String, String> npis = new HashMap<>();

  public void load() {
    if (loaded || FacesContext.getCurrentInstance().isPostback()) {
      return;
    }
    loaded = true;
    if (!isMaySetFees() && !isMayConnect()) {
      throw new org.foyer.core.errors.NotFound("That setting");
    }
    read();
  }

  private void read() {
    if (isMaySetFees()) {
      fees = settings.fees(caller);
      lateCancelFee = Money.plain(fees.lateCancelFeeCents(), fees.currency());
      noShowFee = Money.plain(fees.noShowFeeCents(), fees.currency());
      BillingIdentity identity = settings.identity(caller);
      npi = identity.npi();
      taxId = identity.taxIdShown();
      placeOfService = identity.placeOfService();
      clinicians = clinicianNpis.list(caller);
      npis = new HashMap<>();
      clinicians.forEach(c -> npis.put(c.clinicianId().toString(), c.npi() == null ? "" : c.npi()));
    }
    if (isMayConnect()) {
      processor = settings.processor(caller);
      gateway = processor.gateway();
      publishableKey = processor.publishableKey();
    }
  }

  public void saveFees() {
    PageMessages.BESIDE_INPUTS.report(
        () -> {
          String currency = fees.currency();
          long lateCancel = fee("lateCancelFee", lateCancelFee, currency);
          long noShow = fee("noShowFee", noShowFee, currency);
          settings.changeFees(caller, new FeeSettings(currency, lateCancel, noShow));
          read();
          return "Fees saved. They apply to appointments marked from now on.";
        });
  }

  public void saveIdentity() {
    PageMessages.BESIDE_INPUTS.report(
        () -> {
          settings.changeIdentity(caller, new BillingIdentity(npi, taxId, placeOfService));
          read();
          return "Superbill details saved.";
        });
  }

  /**
   * Saves each clinician's NPI that was changed and removes one that was emptied. Every change is
   * tried: a refused one is named with its owner and keeps what was typed, and the ones saved
   * beside it are named too, so nobody wonders which went through.
   */
  public void saveClinicianNpis() {
    List<String> saved = new ArrayList<>();
    boolean refused = false;
    for (ClinicianNpiView clinician : clinicians) {
      String typed = npis.getOrDefault(clinician.clinicianId().toString(), "").strip();
      if (typed.equals(clinician.npi() == null ? "" : clinician.npi())) {
        continue;
      }
      try {
        ClinicianNpiView kept = clinicianNpis.change(caller, clinician.clinicianId(), typed);
        saved.add(kept.npi() == null ? clinician.name() + " (removed)" : clinician.name());
      } catch (BusinessException e) {
        PageMessages.error(null, clinician.name() + ": " + e.getMessage());
        refused = true;
      }
    }
    if (refused) {
      clinicians = clinicianNpis.list(caller);
    } else {
      read();
    }
    if (!saved.isEmpty()) {
      PageMessages.SUMMARY_ONLY.run(() -> {}, "NPIs saved: " + String.join(", ", saved) + ".");
    } else if (!refused) {
      PageMessages.SUMMARY_ONLY.run(() -> {}, "Nothing changed.");
    }
  }

  public void connect() {
    PageMessages.BESIDE_INPUTS.report(
        () -> {
          settings.connect(
              caller, gateway, blankAsNull(secretKey), blankAsNull(webhookSecret), publishableKey);
          secretKey = null;
          webhookSecret = null;
          read();
          return "Payment processor saved: " + processor.gatewayLabel() + ".";
        });
  }

  private static long fee(String field, String typed, String currency) {
    if (typed == null || typed.isBlank()) {
      return 0;
    }
    return Money.parse(typed, currency)
        .orElseThrow(() -> Billing.invalid(field, "Enter an amount such as 40 or 40.50, or 0."));
  }

  private static String blankAsNull(String typed) {
    return typed == null || typed.isBlank() ? null : typed.strip();
  }

  public boolean isMaySetFees() {
    return caller.can(Capability.BILLING);
  }

  public boolean isMayConnect() {
    return caller.can(Capability.MANAGE_PORTAL_SETTINGS);
  }

  public FeeSettings getFees() {
    return fees;
  }

  public ProcessorView getProcessor() {
    return processor;
  }

  public String getLateCancelFee() {
    return lateCancelFee;
  }

  public void setLateCancelFee(String lateCancelFee) {
    this.lateCancelFee = lateCancelFee;
  }

  public String getNoShowFee() {
    return noShowFee;
  }

  public void setNoShowFee(String noShowFee) {
    this.noShowFee = noShowFee;
  }

  public String getGateway() {
    return gateway;
  }

  public void setGateway(String gateway) {
    this.gateway = gateway;
  }

  public String getSecretKey() {
    return secretKey;
  }

  public void setSecretKey(String secretKey) {
    this.secretKey = secretKey;
  }

  public String getWebhookSecret() {
    return webhookSecret;
  }

  public void setWebhookSecret(String webhookSecret) {
    this.webhookSecret = webhookSecret;
  }

  public String getPublishableKey() {
    return publishableKey;
  }

  public void setPublishableKey(String publishableKey) {
    this.publishableKey = publishableKey;
  }

  public String getNpi() {
    return npi;
  }

  public void setNpi(String npi) {
    this.npi = npi;
  }

  public String getTaxId() {
    return taxId;
  }

  public void setTaxId(String taxId) {
    this.taxId = taxId;
  }

  public String getPlaceOfService() {
    return placeOfService;
  }

  public void setPlaceOfService(String placeOfService) {
    this.placeOfService = placeOfService;
  }

  public List<ClinicianNpiView> getClinicians() {
    return clinicians;
  }

  /** Each clinician's NPI as typed, by the clinician's id. */
  public Map<String, String> getNpis() {
    return npis;
  }
}
