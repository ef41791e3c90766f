package org.foyer.billing.settings;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.billing.BillingIdentity;
import org.foyer.billing.boundary.Billing;
import org.foyer.billing.control.ClinicianNpis;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;

/** The clinicians' individual NPIs, kept by staff with "billing" for superbills. */
@ApplicationScoped
public class ClinicianNpiSettings {

  private StaffDirectory staff;
  private ClinicianNpis npis;
  private AuditLog audit;

  protected ClinicianNpiSettings() {}

  @Inject
  public ClinicianNpiSettings(StaffDirectory staff, ClinicianNpis npis, AuditLog audit) {
    this.staff = staff;
    this.npis = npis;
    this.audit = audit;
  }

  @Transactional(readOnly = true)
  public List<ClinicianNpiView> list(Caller caller) {
    Billing.requireBilling(caller);
    return staff.listClinicians().stream()
        .map(
            clinician ->
                new ClinicianNpiView(
                    clinician.id(),
                    clinician.displayName(),
                    npis.find(clinician.id()).orElse(null)))
        .toList();
  }

  /**
   * Keeps a clinician's NPI, or removes it when none is sent (a mistyped one, or a clinician who no
   * longer bills under it); another practice's or a non-clinician's id is not found.
   */
  @Transactional
  public ClinicianNpiView change(Caller caller, UUID clinicianId, String npi) {
    Billing.requireBilling(caller);
    ClinicianNpiView clinician =
        list(caller).stream()
            .filter(listed -> listed.clinicianId().equals(clinicianId))
            .findFirst()
            .orElseThrow(() -> new NotFound("That clinician"));
    String digits = npi == null ? "" : npi.strip().replace(" ", "");
    if (digits.isEmpty()) {
      if (clinician.npi() != null) {
        npis.forget(clinicianId);
        audit.record(
            AuditRecord.success(caller.email(), AuditAction.BILLING_SETTINGS_CHANGED)
                .about("NPI of clinician " + clinicianId + " removed"));
      }
      return new ClinicianNpiView(clinicianId, clinician.name(), null);
    }
    if (!BillingIdentity.isNpi(digits)) {
      throw Billing.invalid(
          "npi", "An NPI is ten digits and its last digit checks the others; check it.");
    }
    npis.keep(clinicianId, digits);
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.BILLING_SETTINGS_CHANGED)
            .about("NPI of clinician " + clinicianId));
    return new ClinicianNpiView(clinicianId, clinician.name(), digits);
  }
}
