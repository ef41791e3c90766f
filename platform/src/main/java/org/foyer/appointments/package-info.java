/**
 * Appointments: who sees whom, when and where, and what became of it. A clinician cannot be booked
 * twice at once: PostgreSQL refuses an overlapping appointment itself, so two requests racing for
 * the same time cannot both win. This package holds what the feature publishes (ids, views,
 * requests, events); the services, API and pages are in {@code boundary}, with rooms, booking rules
 * and reminders in their own packages beside it, and the entities in {@code entity}.
 */
package org.foyer.appointments;
