/** Booking, listing and changing appointments, for staff through the service and the API. */
package org.foyer.appointments.boundary;
