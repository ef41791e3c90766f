package org.foyer.appointments.availability;

import java.time.Instant;
import java.util.UUID;

/** A time the clinician can be booked for the service asked about, and where. */
public record SlotView(Instant startsAt, Instant endsAt, UUID locationId, String locationName) {}
