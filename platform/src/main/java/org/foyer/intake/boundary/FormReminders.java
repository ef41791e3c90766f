package org.foyer.intake.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foyer.admin.portal.ClientOutreach;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.mail.MailKind;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.PracticeRegistry;
import org.foyer.core.runtime.PeriodicWork;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.tenancy.TenantId;
import org.foyer.intake.control.PortalNotices;
import org.foyer.intake.control.ReminderClaims;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;
import org.foyer.intake.signing.entity.SigningPlan;
import org.foyer.intake.signing.entity.SigningStep;

/**
 * Reminds clients of forms still open on each practice's schedule (every "form reminder days", at
 * most "form reminder limit" times a form), one mail per client and run. Practices are taken one by
 * one, each in its own unit of work, as the outbox sender does; claims skip forms another instance
 * holds. A client nobody can be told about yet is passed over without using up a reminder. A form
 * several people sign reminds only the signer it waits for.
 */
@ApplicationScoped
public class FormReminders {

  static final int BATCH = 200;

  private UnitOfWork unitOfWork;
  private EntityManager em;
  private PortalSettingsService settings;
  private PortalNotices notices;
  private AuditLog audit;
  private Clock clock;

  protected FormReminders() {}

  @Inject
  public FormReminders(
      UnitOfWork unitOfWork,
      PortalSettingsService settings,
      PortalNotices notices,
      AuditLog audit,
      Clock clock) {
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
    this.settings = settings;
    this.notices = notices;
    this.audit = audit;
    this.clock = clock;
  }

  @Inject
  @ConfigProperty(name = "foyer.intake.reminder.poll.seconds", defaultValue = "900")
  long pollSeconds;

  /** Every instance runs it; SKIP LOCKED claims keep instances apart. */
  @Produces
  PeriodicWork runs() {
    return PeriodicWork.every("Intake form reminders", pollSeconds, 10, this::remindDue);
  }

  /** Reminds for every practice; one practice's failure does not stop the others. */
  public int remindDue() {
    return PracticeRegistry.forEachPractice(unitOfWork, "Form reminders", this::remindDue);
  }

  /** Sends the practice's due reminders; returns how many clients were reminded. */
  public int remindDue(TenantId tenant) {
    return Tenancy.as(tenant, () -> unitOfWork.run(tenant, false, this::remindInPractice));
  }

  private int remindInPractice() {
    ClientOutreach outreach = settings.current().outreach();
    if (!outreach.remindersOn()) {
      return 0;
    }
    Instant now = clock.instant();
    Instant dueBefore = now.minus(Duration.ofDays(outreach.reminderDays()));
    Map<UUID, List<AssignedForm>> byClient = new LinkedHashMap<>();
    int reminded = 0;
    for (AssignedForm form :
        ReminderClaims.lockDue(em, dueBefore, outreach.reminderLimit(), BATCH)) {
      if (form.status() == FormStatus.AWAITING_SIGNATURE) {
        reminded += remindNextSigner(form, now);
      } else {
        byClient.computeIfAbsent(form.clientId(), c -> new java.util.ArrayList<>()).add(form);
      }
    }
    for (Map.Entry<UUID, List<AssignedForm>> client : byClient.entrySet()) {
      // Forms kept from guardians are reminded of to the client alone (GuardianPrivacy).
      int told =
          notices.formsWaiting(
              client.getKey(),
              MailKind.FORM_REMINDER,
              client.getValue().stream().allMatch(AssignedForm::confidentialFromGuardians));
      for (AssignedForm form : client.getValue()) {
        if (told > 0) {
          form.reminded(now);
        } else {
          form.notified(now);
        }
      }
      if (told > 0) {
        reminded++;
        audit.record(
            AuditRecord.success("system", AuditAction.INTAKE_REMINDED)
                .about(
                    "client "
                        + client.getKey()
                        + " reminded of "
                        + client.getValue().size()
                        + " open forms"));
      }
    }
    return reminded;
  }

  /**
   * Reminds only the signer a form several people sign waits for: the second parent, not the first
   * who already signed. The clinician's turn is not mailed; it waits on the staff pages.
   */
  private int remindNextSigner(AssignedForm form, Instant now) {
    SigningStep next = form.signingPlan().flatMap(SigningPlan::next).orElse(null);
    if (next == null || !next.role().inPortal()) {
      return 0;
    }
    int told =
        notices.signatureWaiting(
            form.clientId(), next, MailKind.FORM_REMINDER, form.confidentialFromGuardians());
    if (told == 0) {
      form.notified(now);
      return 0;
    }
    form.reminded(now);
    audit.record(
        AuditRecord.success("system", AuditAction.INTAKE_REMINDED)
            .about("client " + form.clientId() + " form " + form.id() + " signer reminded"));
    return 1;
  }
}
