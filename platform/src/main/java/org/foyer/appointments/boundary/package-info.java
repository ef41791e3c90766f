/**
 * Booking, listing and changing appointments, clinicians' availability, the waitlist and calendar
 * feeds: the services that the REST resources in {@code appointments.api} and the Faces beans in
 * {@code appointments.pages} go through.
 */
package org.foyer.appointments.boundary;
