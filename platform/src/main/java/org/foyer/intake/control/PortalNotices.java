package org.foyer.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.OutgoingMail;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.intake.signing.entity.SigningStep;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.boundary.ClientLogins;
import org.foyer.portal.consent.ElectronicConsent;

/**
 * Tells a client's portal logins that forms are waiting, through the outbox in the caller's unit of
 * work. The mail names the practice and links to the portal; it never names a form, a score or
 * anything else about the client's care.
 */
@ApplicationScoped
public class PortalNotices {

  private Outbox outbox;
  private MailSettings settings;
  private ClientLogins logins;
  private ElectronicConsent consent;
  private EntityManager em;

  protected PortalNotices() {}

  @Inject
  public PortalNotices(
      Outbox outbox,
      MailSettings settings,
      ClientLogins logins,
      ElectronicConsent consent,
      EntityManager em) {
    this.outbox = outbox;
    this.settings = settings;
    this.logins = logins;
    this.consent = consent;
    this.em = em;
  }

  /**
   * Queues one notice per login that may act for the client.
   *
   * @return how many were queued: none when nobody can sign in for the client yet
   */
  public int formsWaiting(UUID clientId, MailKind kind) {
    return formsWaiting(clientId, kind, false);
  }

  /**
   * Queues one notice per login that may act for the client and may see the forms concerned.
   *
   * @param keptFromGuardians every form concerned is kept from guardians, so only the client's own
   *     login is told: a notice to a parent would reveal that such forms exist
   * @return how many were queued
   */
  public int formsWaiting(UUID clientId, MailKind kind, boolean keptFromGuardians) {
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    String link = settings.link("/p/" + practice.slug().value() + "/portal/home");
    List<String> recipients =
        logins.listNoticeRecipients(clientId, ContactPermission.FORMS, keptFromGuardians);
    String name = oneLine(practice.name());
    for (String recipient : recipients) {
      outbox.enqueue(
          OutgoingMail.text(
              kind,
              recipient,
              kind == MailKind.FORM_REMINDER
                  ? "A reminder from " + shortened(name)
                  : "Something new from " + shortened(name),
              text(name, link, kind == MailKind.FORM_REMINDER)));
    }
    return recipients.size();
  }

  /**
   * Tells the signer a form waits for, and nobody else: the named contact's login, the client's own
   * for the client's signature, a contact's for a parent's or guardian's, any login acting for the
   * client when anyone may sign. The clinician's turn is for staff and mails nobody.
   *
   * @param keptFromGuardians the form is kept from guardians: only the client's own login is told
   * @return how many were queued
   */
  public int signatureWaiting(
      UUID clientId, SigningStep next, MailKind kind, boolean keptFromGuardians) {
    List<String> recipients =
        switch (next.role()) {
          case CLINICIAN -> List.of();
          case CONTACT ->
              keptFromGuardians
                  ? List.of()
                  : logins.findNoticeRecipient(clientId, next.contactId()).stream().toList();
          case CLIENT -> logins.listNoticeRecipients(clientId, true);
          case ANY_CONTACT -> {
            List<String> own = logins.listNoticeRecipients(clientId, true);
            yield keptFromGuardians
                ? List.of()
                : logins.listNoticeRecipients(clientId, false).stream()
                    .filter(r -> !own.contains(r))
                    .toList();
          }
          case ANYONE -> logins.listNoticeRecipients(clientId, keptFromGuardians);
        };
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    String link = settings.link("/p/" + practice.slug().value() + "/portal/home");
    String name = oneLine(practice.name());
    for (String recipient : recipients) {
      outbox.enqueue(
          OutgoingMail.text(
              kind,
              recipient,
              "A form is waiting for your signature at " + shortened(name),
              "Hello,\n\n"
                  + name
                  + " has a form waiting for your signature in your portal.\n\n"
                  + "Sign in to review and sign it:\n"
                  + link
                  + "\n\nFor your privacy this email does not say more; everything is in the"
                  + " portal.\n"));
    }
    return recipients.size();
  }

  /** Whether any login that may complete the client's forms can be told about them now. */
  public boolean canTell(UUID clientId) {
    return !logins.listNoticeRecipients(clientId, ContactPermission.FORMS, false).isEmpty();
  }

  /**
   * Whether a login acting for the client accepted the consent to electronic records (given at the
   * invitation), so a packet need not ask for it again.
   */
  public boolean consentedToElectronicRecords(UUID clientId) {
    return consent.anyAccepted(logins.listLoginsActingFor(clientId));
  }

  static String text(String practice, String link, boolean reminder) {
    return "Hello,\n\n"
        + (reminder
            ? practice + " is still waiting for some forms in your portal.\n\n"
            : practice + " has added forms for you to complete in your portal.\n\n")
        + "Sign in to see them:\n"
        + link
        + "\n\nFor your privacy this email does not say more; everything is in the portal.\n";
  }

  private static String oneLine(String value) {
    return value.replaceAll("[\\p{Cntrl}\\s\\u2028\\u2029]+", " ").strip();
  }

  private static String shortened(String name) {
    return name.length() > 120 ? name.substring(0, 120) : name;
  }
}
