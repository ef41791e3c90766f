package org.foyer.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.foyer.appointments.IntakeOnFile;
import org.foyer.core.persistence.Transactional;
import org.foyer.intake.entity.FormStatus;

/**
 * Answers whether a client's intake packet is in: some packet sent to them has at least one form
 * submitted and none still to fill in or sign (a withdrawn form no longer counts). A single form
 * sent on its own is not a packet and does not count.
 */
@ApplicationScoped
public class IntakeCompletion implements IntakeOnFile {

  static final List<FormStatus> IN = List.of(FormStatus.SUBMITTED, FormStatus.ACKNOWLEDGED);
  static final List<FormStatus> PENDING =
      List.of(FormStatus.OUTSTANDING, FormStatus.IN_PROGRESS, FormStatus.AWAITING_SIGNATURE);

  private EntityManager em;

  protected IntakeCompletion() {}

  @Inject
  public IntakeCompletion(EntityManager em) {
    this.em = em;
  }

  @Override
  @Transactional(readOnly = true)
  public boolean packetSubmitted(UUID clientId) {
    return !em.createQuery(
            "SELECT s.id FROM IntakeAssignment s WHERE s.clientId = :client"
                + " AND s.packetId IS NOT NULL"
                + " AND EXISTS (SELECT f FROM AssignedForm f WHERE f.assignmentId = s.id"
                + " AND f.status IN :in)"
                + " AND NOT EXISTS (SELECT f FROM AssignedForm f WHERE f.assignmentId = s.id"
                + " AND f.status IN :pending)",
            UUID.class)
        .setParameter("client", clientId)
        .setParameter("in", IN)
        .setParameter("pending", PENDING)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }
}
