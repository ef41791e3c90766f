package org.foyer.appointments.availability;

import java.time.Instant;
import java.util.UUID;

/** A stretch of a clinician's time off. */
public record TimeOffView(UUID id, Instant startsAt, Instant endsAt, String note) {}
