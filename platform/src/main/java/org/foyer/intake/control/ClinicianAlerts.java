package org.foyer.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import org.foyer.admin.staff.boundary.StaffDirectory;
import org.foyer.admin.staff.boundary.StaffProfile;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.clients.boundary.ClientIdentity;
import org.foyer.clients.boundary.ClientRecords;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.OutgoingMail;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.intake.entity.FormSubmitted;

/**
 * Tells the client's clinician at once when a submitted questionnaire raised a flag (PHQ-9 item 9
 * above 0), in the submitting transaction. The mail says only that a client's questionnaire needs
 * attention and links to the client page; the flag itself is shown there, after sign-in.
 */
@ApplicationScoped
public class ClinicianAlerts {

  static final String SUBJECT = "A client's questionnaire needs your attention";

  private EntityManager em;
  private ClientRecords clients;
  private StaffDirectory staff;
  private Outbox outbox;
  private MailSettings settings;
  private AuditLog audit;

  protected ClinicianAlerts() {}

  @Inject
  public ClinicianAlerts(
      EntityManager em,
      ClientRecords clients,
      StaffDirectory staff,
      Outbox outbox,
      MailSettings settings,
      AuditLog audit) {
    this.em = em;
    this.clients = clients;
    this.staff = staff;
    this.outbox = outbox;
    this.settings = settings;
    this.audit = audit;
  }

  public void onSubmitted(@Observes FormSubmitted submitted) {
    if (!submitted.flagged()) {
      return;
    }
    Optional<StaffProfile> found =
        clients
            .findIdentity(submitted.clientId())
            .map(ClientIdentity::clinicianId)
            .flatMap(staff::findProfile)
            .filter(StaffProfile::canSignIn);
    if (found.isEmpty()) {
      return;
    }
    StaffProfile clinician = found.get();
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
