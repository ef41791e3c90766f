package org.foyer.appointments;

import java.time.Instant;
import java.util.UUID;

/**
 * An appointment as the client (or a contact acting for them) sees it: no staff notes.
 *
 * @param videoLink the clinician's video room, for a telehealth appointment still to come; else
 *     empty
 * @param cancellable whether the portal may still cancel it
 * @param lateIfCancelledNow whether cancelling now falls inside the practice's cancellation window
 */
public record PortalAppointment(
    UUID id,
    String service,
    String clinician,
    Instant startsAt,
    Instant endsAt,
    String status,
    String place,
    boolean telehealth,
    String videoLink,
    boolean cancellable,
    boolean lateIfCancelledNow) {}
