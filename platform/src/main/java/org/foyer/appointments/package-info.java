/**
 * Appointments: who sees whom, when and where, and what became of it. A clinician cannot be booked
 * twice at once: PostgreSQL refuses an overlapping appointment itself, so two requests racing for
 * the same time cannot both win. This package holds what the feature publishes (ids, views,
 * requests, events), with clinicians' availability and the waiting list's records in {@code
 * availability} and {@code waitlist}; the services are in {@code boundary}, the API in {@code api},
 * the Faces beans in {@code pages}, rooms, booking rules and reminders in their own packages beside
 * them, and the entities in {@code entity} and each part's own {@code entity}.
 */
package org.foyer.appointments;
