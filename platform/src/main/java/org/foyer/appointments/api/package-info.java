/**
 * Appointments' REST resources: appointments, clinicians' availability and calendar feeds for
 * staff, and booking and the waitlist in the portal. Each answers through the services in {@code
 * appointments.boundary}.
 */
package org.foyer.appointments.api;
