package org.foyer.appointments;

import java.time.Instant;
import java.util.List;
import org.foyer.core.tenancy.TenantId;

/**
 * Mail about an appointment is due, fired in the unit of work that changed it so the outbox queues
 * it with that change or not at all. It carries only date, time and place: never the service, the
 * clinician's notes or anything else about the client's care.
 *
 * @param place the location's name, or empty when none is set
 * @param pagePath where the recipient sees it, relative to the practice ({@code
 *     /portal/appointments})
 */
public record AppointmentNoticeDue(
    TenantId tenant,
    List<String> recipients,
    What what,
    Instant startsAt,
    String place,
    String pagePath) {

  public AppointmentNoticeDue {
    recipients = List.copyOf(recipients);
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
    CANCELLED_FOR_STAFF("An appointment was cancelled", "was cancelled by a client");

    private final String subject;
    private final String verb;

    What(String subject, String verb) {
      this.subject = subject;
      this.verb = verb;
    }

    public String subject() {
      return subject;
    }

    /** Follows "The appointment on <date> at <time>". */
    public String verb() {
      return verb;
    }
  }
}
