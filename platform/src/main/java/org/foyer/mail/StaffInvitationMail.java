package org.foyer.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.foyer.admin.staff.boundary.StaffInvited;
import org.foyer.core.access.Caller;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.OutboxMessage;
import org.foyer.core.mail.OutgoingMail;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.Practice;
import org.foyer.portal.branding.BrandColour;

/**
 * Queues the invitation email of a newly invited staff member, in the inviting transaction (the
 * event is fired inside it and observers are synchronous). The email names the practice, who
 * invited, the absolute single-use link and when it expires, in the practice's time zone.
 */
@ApplicationScoped
public class StaffInvitationMail {

  private static final DateTimeFormatter EXPIRY =
      DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm zzz", Locale.ENGLISH);

  private Outbox outbox;
  private MailSettings settings;
  private EntityManager em;
  private Supplier<Optional<String>> inviter;

  protected StaffInvitationMail() {}

  @Inject
  public StaffInvitationMail(
      Outbox outbox, MailSettings settings, UnitOfWork unitOfWork, Instance<Caller> caller) {
    this(outbox, settings, unitOfWork, () -> signedInStaff(caller));
  }

  /**
   * @param inviter the inviting staff member's address, when one is signed in
   */
  public StaffInvitationMail(
      Outbox outbox,
      MailSettings settings,
      UnitOfWork unitOfWork,
      Supplier<Optional<String>> inviter) {
    this.outbox = outbox;
    this.settings = settings;
    this.em = unitOfWork.entityManager();
    this.inviter = inviter;
  }

  void onStaffInvited(@Observes StaffInvited invited) {
    String link = settings.link(invited.acceptPath());
    outbox.enqueue(compose(invited, link, inviter.get(), timeZone(invited)));
  }

  /** The email for the invitation; no health information, only the practice and the link. */
  static OutgoingMail compose(
      StaffInvited invited, String link, Optional<String> inviter, ZoneId zone) {
    String practice = oneLine(invited.practiceName());
    String name = oneLine(invited.displayName());
    String who = inviter.map(StaffInvitationMail::oneLine).orElse("Your practice's administrator");
    String expiry = EXPIRY.format(invited.expiresAt().atZone(zone));
    String subject = "You're invited to join " + practice + " on Foyer";
    // Staff mail carries Foyer's own colour: the practice's portal colours are for its clients.
    Branding brand = new Branding(practice, "#" + BrandColour.DEFAULT.hex(), "");
    MailBody body = MailTexts.staffInvitation(name, who, brand, link, expiry);
    return new OutgoingMail(
        MailKind.STAFF_INVITATION,
        invited.email(),
        subject.length() > OutboxMessage.SUBJECT_LENGTH ? "You're invited to Foyer" : subject,
        body.plain(),
        Optional.of(body.html()));
  }

  private ZoneId timeZone(StaffInvited invited) {
    Practice practice = em.find(Practice.class, invited.tenant().value());
    return practice == null ? ZoneId.of("UTC") : practice.timeZone();
  }

  private static Optional<String> signedInStaff(Instance<Caller> caller) {
    try {
      Caller current = caller.get();
      return current.isStaff() ? Optional.ofNullable(current.email()) : Optional.empty();
    } catch (ContextNotActiveException e) {
      return Optional.empty();
    }
  }

  /** Names come from people; no line breaks or runs of blanks in a subject or greeting. */
  static String oneLine(String value) {
    return value == null ? "" : value.replaceAll("[\\p{Cntrl}\\s\\u2028\\u2029]+", " ").strip();
  }
}
