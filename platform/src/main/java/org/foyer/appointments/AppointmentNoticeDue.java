package org.foyer.appointments;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.foyer.core.tenancy.TenantId;

/**
 * Mail about an appointment is due, fired in the unit of work that changed it so the outbox queues
 * it with that change or not at all. It carries only date, time and place: never the service, the
 * clinician's notes or anything else about the client's care.
 *
 * @param place the location's name, or empty when none is set
 * @param pagePath where the recipient sees it, relative to the practice ({@code
 *     /portal/appointments})
 * @param zone the zone the recipients live in, when it is not the practice's (a client elsewhere)
 * @param openUntil for an offer to the waiting list, until when it may be claimed
 */
public record AppointmentNoticeDue(
    TenantId tenant,
    List<String> recipients,
    What what,
    Instant startsAt,
    String place,
    String pagePath,
    Optional<ZoneId> zone,
    Optional<Instant> openUntil) {

  public AppointmentNoticeDue {
    recipients = List.copyOf(recipients);
  }

  /** A notice read on the practice's clock. */
  public AppointmentNoticeDue(
      TenantId tenant,
      List<String> recipients,
      What what,
      Instant startsAt,
      String place,
      String pagePath) {
    this(tenant, recipients, what, startsAt, place, pagePath, Optional.empty(), Optional.empty());
  }

  /** What happened, in the words the mail uses. */
  public enum What {
    BOOKED("Your appointment is booked", "is booked"),
    REQUEST_RECEIVED(
        "Your appointment request was received", "was requested; the practice will confirm it"),
    CONFIRMED("Your appointment is confirmed", "is confirmed"),
    DECLINED(
        "Your appointment request could not be accepted",
        "could not be accepted; please choose another time"),
    CANCELLED("Your appointment was cancelled", "was cancelled"),
    REMINDER("Reminder: your appointment", "is coming up"),
    REQUEST_FOR_STAFF("An appointment request is waiting", "was requested by a client"),
    CANCELLED_FOR_STAFF("An appointment was cancelled", "was cancelled by a client"),
    WAITLIST_OFFER(
        "An earlier appointment time is free",
        "has become free. You are on the waiting list, so you may claim it in your portal; the"
            + " first person on the list to claim it gets it"),
    WAITLIST_GONE(
        "The appointment time you were offered has been taken",
        "was claimed by someone else on the waiting list. You stay on the waiting list and will"
            + " hear of the next free time");

    private final String subject;
    private final String verb;

    What(String subject, String verb) {
      this.subject = subject;
      this.verb = verb;
    }

    public String subject() {
      return subject;
    }

    /** Whether it is about a time offered to the waiting list rather than an appointment. */
    public boolean offersTime() {
      return this == WAITLIST_OFFER || this == WAITLIST_GONE;
    }

    /** Follows "The appointment on <date> at <time>". */
    public String verb() {
      return verb;
    }
  }
}
