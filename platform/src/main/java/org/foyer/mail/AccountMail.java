package org.foyer.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.tenancy.TenantId;
import org.foyer.security.reset.PasswordResetForUnknownEmail;
import org.foyer.security.reset.PasswordResetIssued;
import org.foyer.security.signin.SignInPaused;

/**
 * Queues the emails about a person's own sign-in, in the unit of work of the event (observers are
 * synchronous): the reset link, the note to an address without an account, the pause notice.
 * Branded like the client invitation, times in the practice's zone with the zone named.
 */
@ApplicationScoped
public class AccountMail {

  private Outbox outbox;
  private MailSettings settings;
  private EntityManager em;

  protected AccountMail() {}

  @Inject
  public AccountMail(Outbox outbox, MailSettings settings, UnitOfWork unitOfWork) {
    this.outbox = outbox;
    this.settings = settings;
    this.em = unitOfWork.entityManager();
  }

  void onResetIssued(@Observes PasswordResetIssued reset) {
    Branding brand = ClientInvitationMail.branding(em, reset.tenant());
    String name = StaffInvitationMail.oneLine(reset.displayName());
    String link = settings.link(reset.resetPath());
    String expiry = inPracticeTime(reset.tenant(), reset.expiresAt());
    outbox.enqueue(
        MailBody.mail(
            MailKind.PASSWORD_RESET,
            reset.email(),
            ClientInvitationMail.subject(
                "Choose a new password for ", brand, "Choose a new password"),
            MailTexts.passwordReset(name, brand, link, expiry)));
  }

  void onResetForUnknownEmail(@Observes PasswordResetForUnknownEmail request) {
    Branding brand = ClientInvitationMail.branding(em, request.tenant());
    String link = settings.link(request.forgotPath());
    outbox.enqueue(
        MailBody.mail(
            MailKind.PASSWORD_RESET,
            request.email(),
            ClientInvitationMail.subject("Password reset requested at ", brand, "Password reset"),
            MailTexts.resetForUnknownEmail(brand, link)));
  }

  void onSignInPaused(@Observes SignInPaused paused) {
    Branding brand = ClientInvitationMail.branding(em, paused.tenant());
    String name = StaffInvitationMail.oneLine(paused.displayName());
    String link = settings.link(paused.forgotPath());
    String until = inPracticeTime(paused.tenant(), paused.pausedUntil());
    outbox.enqueue(
        MailBody.mail(
            MailKind.SIGN_IN_NOTICE,
            paused.email(),
            ClientInvitationMail.subject(
                "Sign-in to your account was paused at ", brand, "Sign-in paused"),
            MailTexts.signInPaused(name, brand, link, until)));
  }

  private String inPracticeTime(TenantId tenant, Instant at) {
    return ClientInvitationMail.EXPIRY.format(at.atZone(ClientInvitationMail.timeZone(em, tenant)));
  }
}
