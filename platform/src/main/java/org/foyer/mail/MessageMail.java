package org.foyer.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.Practice;
import org.foyer.messages.MessageNoticesDue;

/**
 * Queues the branded "You have a new message from <practice>" mail for each recipient messaging
 * found due, in the sender's unit of work (observers are synchronous), so a mail server outage only
 * delays it. No health information: not the sender, the subject nor a word of the message.
 */
@ApplicationScoped
public class MessageMail {

  private Outbox outbox;
  private MailSettings settings;
  private EntityManager em;

  protected MessageMail() {}

  @Inject
  public MessageMail(Outbox outbox, MailSettings settings, UnitOfWork unitOfWork) {
    this.outbox = outbox;
    this.settings = settings;
    this.em = unitOfWork.entityManager();
  }

  void onNoticesDue(@Observes MessageNoticesDue due) {
    Branding brand = ClientInvitationMail.branding(em, due.tenant());
    Practice practice = em.find(Practice.class, due.tenant().value());
    String link = settings.link("/p/" + practice.slug().value() + due.pagePath());
    for (String recipient : due.recipients()) {
      outbox.enqueue(
          MailBody.mail(
              MailKind.NEW_MESSAGE,
              recipient,
              ClientInvitationMail.subject(
                  "You have a new message from ", brand, "You have a new message"),
              MailTexts.newMessage(brand, link)));
    }
  }
}
