package org.foyer.intake.review.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.portal.account.KeptForms;
import org.foyer.portal.account.boundary.GuardianPrivacy;

/**
 * Staff keep a form sent to a minor from the client's guardians, or show it to them again; the
 * rules are {@link GuardianPrivacy}'s. A kept form is left out of a contact's lists, its "forms
 * waiting" and the notices and reminders sent to contacts. Needs {@link
 * Capability#INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS}, like sending and withdrawing.
 */
@ApplicationScoped
public class FormConfidentiality implements KeptForms {

  private EntityManager em;
  private AuditLog audit;
  private GuardianPrivacy privacy;

  protected FormConfidentiality() {}

  @Inject
  public FormConfidentiality(EntityManager em, AuditLog audit, GuardianPrivacy privacy) {
    this.em = em;
    this.audit = audit;
    this.privacy = privacy;
  }

  /**
   * Marks or unmarks the form; marking needs the client to be a minor at or above the practice's
   * age, unmarking is always allowed.
   *
   * @return the form's title, for the message to staff
   */
  @Transactional
  public String keepFromGuardians(Caller caller, UUID clientId, UUID formId, boolean confidential) {
    caller.require(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS, "That client");
    AssignedForm form = formId == null ? null : em.find(AssignedForm.class, formId);
    if (form == null || !form.clientId().equals(clientId)) {
      throw new NotFound("That form");
    }
    privacy.keepFromGuardians(
        caller, audit, clientId, "form " + formId, confidential, form::keepFromGuardians);
    return form.title();
  }

  @Override
  @Transactional(readOnly = true)
  public Set<UUID> keptFromGuardians(UUID clientId, Collection<UUID> formIds) {
    if (formIds.isEmpty()) {
      return Set.of();
    }
    return Set.copyOf(
        em.createQuery(
                "SELECT f.id FROM AssignedForm f WHERE f.clientId = :client AND f.id IN :ids"
                    + " AND f.confidentialFromGuardians = TRUE",
                UUID.class)
            .setParameter("client", clientId)
            .setParameter("ids", List.copyOf(formIds))
            .getResultList());
  }
}
