package org.foyer.billing.settings.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import org.foyer.core.persistence.TenantOwned;

/** A clinician's individual NPI, as superbills print it; one per clinician. */
@Entity
@Table(name = "clinician_npi")
public class ClinicianNpi extends TenantOwned {

  @Column(name = "clinician_id", nullable = false, updatable = false)
  private UUID clinicianId;

  @Column(nullable = false, length = 10)
  private String npi;

  protected ClinicianNpi() {}

  public ClinicianNpi(UUID clinicianId, String npi) {
    this.clinicianId = clinicianId;
    this.npi = npi;
  }

  public void change(String npi) {
    this.npi = npi;
  }

  public UUID clinicianId() {
    return clinicianId;
  }

  public String npi() {
    return npi;
  }
}
