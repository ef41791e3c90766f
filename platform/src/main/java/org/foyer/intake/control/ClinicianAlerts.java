package org.foyer.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.foyer.admin.staff.StaffMember;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditLog;
import org.foyer.audit.AuditRecord;
import org.foyer.clients.Client;
import org.foyer.intake.entity.FormSubmitted;
import org.foyer.mail.MailKind;
import org.foyer.mail.Outbox;
import org.foyer.mail.OutgoingMail;
import org.foyer.mail.delivery.MailSettings;
import org.foyer.tenancy.Practice;
import org.foyer.tenancy.Tenancy;

/**
 * Tells the client's clinician at once when a submitted questionnaire raised a flag (PHQ-9 item 9
 * above 0), in the submitting transaction. The mail says only that a client's questionnaire needs
 * attention and links to the client page; the flag itself is shown there, after sign-in.
 */
@ApplicationScoped
public class ClinicianAlerts {

  static final String SUBJECT = "A client's questionnaire needs your attention";

  private EntityManager em;
  private Outbox outbox;
  private MailSettings settings;
  private AuditLog audit;

  protected ClinicianAlerts() {}

  @Inject
  public ClinicianAlerts(EntityManager em, Outbox outbox, MailSettings settings, AuditLog audit) {
    this.em = em;
    this.outbox = outbox;
    this.settings = settings;
    this.audit = audit;
  }

  public void onSubmitted(@Observes FormSubmitted submitted) {
    if (!submitted.flagged()) {
      return;
    }
    Client client = em.find(Client.class, submitted.clientId());
    if (client == null || client.details().clinicianId() == null) {
      return;
    }
    StaffMember clinician = em.find(StaffMember.class, client.details().clinicianId());
    if (clinician == null || !clinician.canSignIn()) {
      return;
    }
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    String link =
        settings.link("/p/" + practice.slug().value() + "/staff/client?id=" + submitted.clientId());
    outbox.enqueue(
        OutgoingMail.text(
            MailKind.CLINICAL_ATTENTION,
            clinician.email(),
            SUBJECT,
            "Hello,\n\nA client's questionnaire needs your attention. Please review it before"
                + " the next contact:\n"
                + link
                + "\n\nFor privacy this email says nothing more; sign in to see it.\n"));
    audit.record(
        AuditRecord.success("system", AuditAction.INTAKE_FLAG_NOTIFIED)
            .about(
                "client "
                    + submitted.clientId()
                    + " form "
                    + submitted.formId()
                    + " flag sent to clinician "
                    + clinician.id()));
  }
}
