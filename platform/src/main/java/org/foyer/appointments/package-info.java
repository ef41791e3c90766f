/**
 * Appointments: who sees whom, when and where, and what became of it. A clinician cannot be booked
 * twice at once: PostgreSQL refuses an overlapping appointment itself, so two requests racing for
 * the same time cannot both win. The service and API are in {@code boundary}, the main entity
 * {@link org.foyer.appointments.entity.Appointment} in {@code entity}.
 */
package org.foyer.appointments;
