package org.foyer.appointments.waitlist;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A client on a clinician's waiting list, as staff see it: in queue order, with what they wait for
 * and whether a freed time is offered to them now.
 */
public record WaitingClient(
    int position,
    String clientName,
    String service,
    LocalDate wantedBy,
    Instant joinedAt,
    boolean offerOpen) {}
