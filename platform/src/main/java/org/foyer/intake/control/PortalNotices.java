package org.foyer.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;
import org.foyer.mail.MailKind;
import org.foyer.mail.Outbox;
import org.foyer.mail.OutgoingMail;
import org.foyer.mail.delivery.MailSettings;
import org.foyer.tenancy.Practice;
import org.foyer.tenancy.Tenancy;

/**
 * Tells a client's portal logins that forms are waiting, through the outbox in the caller's unit of
 * work. The mail names the practice and links to the portal; it never names a form, a score or
 * anything else about the client's care.
 */
@ApplicationScoped
public class PortalNotices {

  private Outbox outbox;
  private MailSettings settings;
  private ClientCircle circle;
  private EntityManager em;

  protected PortalNotices() {}

  @Inject
  public PortalNotices(
      Outbox outbox, MailSettings settings, ClientCircle circle, EntityManager em) {
    this.outbox = outbox;
    this.settings = settings;
    this.circle = circle;
    this.em = em;
  }

  /**
   * Queues one notice per login that may act for the client.
   *
   * @return how many were queued: none when nobody can sign in for the client yet
   */
  public int formsWaiting(UUID clientId, MailKind kind) {
    Practice practice = em.find(Practice.class, Tenancy.require().value());
    String link = settings.link("/p/" + practice.slug().value() + "/portal/home");
    List<String> recipients = circle.noticeRecipients(clientId);
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

  /** Whether any login can be told about the client's forms now. */
  public boolean canTell(UUID clientId) {
    return !circle.noticeRecipients(clientId).isEmpty();
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
