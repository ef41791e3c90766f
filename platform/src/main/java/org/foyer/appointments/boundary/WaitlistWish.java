package org.foyer.appointments.boundary;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a client waits for: an earlier time with their clinician, for a service (or the service of
 * whatever time is freed) and no later than a day (or any day). Shared by the portal page and
 * {@code POST /portal/waitlist}. The day is checked by {@link Waitlist} against the client's own
 * today (their zone, the service's clock) rather than by a {@code @FutureOrPresent} constraint,
 * which would read the server's clock and zone.
 */
public record WaitlistWish(UUID serviceType, LocalDate wantedBy) {}
