package org.foyer.billing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.UUID;
import org.foyer.billing.settings.entity.ClinicianNpi;

/** Each clinician's individual NPI, for the practice's unit of work; callers are checked before. */
@ApplicationScoped
public class ClinicianNpis {

  private EntityManager em;

  protected ClinicianNpis() {}

  @Inject
  public ClinicianNpis(EntityManager em) {
    this.em = em;
  }

  public Optional<String> find(UUID clinicianId) {
    return stored(clinicianId).map(ClinicianNpi::npi);
  }

  /** Keeps the NPI (ten digits, already checked) for the clinician, replacing an earlier one. */
  public void keep(UUID clinicianId, String npi) {
    Optional<ClinicianNpi> stored = stored(clinicianId);
    if (stored.isPresent()) {
      stored.get().change(npi);
    } else {
      em.persist(new ClinicianNpi(clinicianId, npi));
    }
  }

  /**
   * Removes the clinician's NPI; superbills of their sessions are then refused until one is kept.
   */
  public void forget(UUID clinicianId) {
    stored(clinicianId).ifPresent(em::remove);
  }

  private Optional<ClinicianNpi> stored(UUID clinicianId) {
    return em.createQuery(
            "SELECT n FROM ClinicianNpi n WHERE n.clinicianId = :clinician", ClinicianNpi.class)
        .setParameter("clinician", clinicianId)
        .getResultStream()
        .findFirst();
  }
}
