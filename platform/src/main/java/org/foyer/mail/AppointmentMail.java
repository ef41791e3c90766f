package org.foyer.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.foyer.appointments.AppointmentNoticeDue;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.Practice;

/**
 * Queues mail about an appointment (booked, requested, confirmed, declined, cancelled) in the unit
 * of work that changed it. Date, time with its zone, and place only: what the appointment is for
 * and with whom stays in the portal.
 */
@ApplicationScoped
public class AppointmentMail {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'at' HH:mm zzz", Locale.ENGLISH);

  private Outbox outbox;
  private MailSettings settings;
  private EntityManager em;

  protected AppointmentMail() {}

  @Inject
  public AppointmentMail(Outbox outbox, MailSettings settings, UnitOfWork unitOfWork) {
    this.outbox = outbox;
    this.settings = settings;
    this.em = unitOfWork.entityManager();
  }

  void onNoticeDue(@Observes AppointmentNoticeDue due) {
    Branding brand = ClientInvitationMail.branding(em, due.tenant());
    Practice practice = em.find(Practice.class, due.tenant().value());
    ZoneId zone = practice.timeZone();
    String link = settings.link("/p/" + practice.slug().value() + due.pagePath());
    List<String> opening = new ArrayList<>();
    opening.add("Hello,");
    opening.add(
        "The appointment with "
            + brand.practice()
            + " on "
            + WHEN.format(due.startsAt().atZone(zone))
            + (due.place().isBlank() ? "" : " (" + due.place() + ")")
            + " "
            + due.what().verb()
            + ".");
    for (String recipient : due.recipients()) {
      outbox.enqueue(
          MailBody.mail(
              MailKind.APPOINTMENT_NOTICE,
              recipient,
              due.what().subject(),
              new MailBody(
                  brand,
                  opening,
                  "See your appointments",
                  link,
                  List.of(
                      "Please do not reply to this email: sign in to your portal to make"
                          + " changes."))));
    }
  }
}
