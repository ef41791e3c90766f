package org.foyer.intake.signing.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import org.foyer.core.mail.MailKind;
import org.foyer.intake.control.PortalNotices;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.signing.entity.SignatureAwaited;

/**
 * Tells the next signer of a form several people sign that it is their turn, in the signing
 * transaction (through the outbox), and starts that signer's reminders afresh: reminders follow
 * whoever the form waits for. The clinician's turn mails nobody; it shows on the staff pages.
 */
@ApplicationScoped
public class SignerNotices {

  private EntityManager em;
  private PortalNotices notices;
  private Clock clock;

  protected SignerNotices() {}

  @Inject
  public SignerNotices(EntityManager em, PortalNotices notices, Clock clock) {
    this.em = em;
    this.notices = notices;
    this.clock = clock;
  }

  public void onAwaited(@Observes SignatureAwaited awaited) {
    AssignedForm form = em.find(AssignedForm.class, awaited.formId());
    if (form == null) {
      return;
    }
    form.signingPlan()
        .flatMap(plan -> plan.next())
        .ifPresent(
            next -> {
              notices.signatureWaiting(
                  form.clientId(), next, MailKind.PORTAL_NOTICE, form.confidentialFromGuardians());
              form.nextSignerTold(clock.instant());
            });
  }
}
