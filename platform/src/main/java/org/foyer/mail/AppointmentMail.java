package org.foyer.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
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

  /**
   * A moment as a recipient reads it: on the practice's clock with its zone's abbreviation, or on
   * the client's own clock with the zone named in full, so "16:00 CET" cannot be misread by a
   * client who has long stopped thinking about which side of the ocean the practice is on.
   */
  static String when(Instant at, ZoneId practiceZone, ZoneId zone) {
    return WHEN.format(at.atZone(zone))
        + (zone.equals(practiceZone) ? "" : " (" + zone.getId().replace('_', ' ') + " time)");
  }

  void onNoticeDue(@Observes AppointmentNoticeDue due) {
    Branding brand = ClientInvitationMail.branding(em, due.tenant());
    Practice practice = em.find(Practice.class, due.tenant().value());
    // A client living elsewhere reads their own clock, with the zone named; staff read the
    // practice's.
    ZoneId zone = due.zone().orElse(practice.timeZone());
    String link = settings.link("/p/" + practice.slug().value() + due.pagePath());
    List<String> opening = new ArrayList<>();
    opening.add("Hello,");
    opening.add(
        (due.what().offersTime() ? "The appointment time with " : "The appointment with ")
            + brand.practice()
            + " on "
            + when(due.startsAt(), practice.timeZone(), zone)
            + (due.place().isBlank() ? "" : " (" + due.place() + ")")
            + " "
            + due.what().verb()
            + ".");
    due.openUntil()
        .ifPresent(
            until ->
                opening.add(
                    "The offer is open until "
                        + when(until, practice.timeZone(), zone)
                        + ". Sign in to your portal and open Appointments to claim it."));
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
