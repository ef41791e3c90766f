/**
 * Clinicians' availability as staff and the portal read it: weekly hours, time off, and the free
 * times offered for booking.
 */
package org.foyer.appointments.availability;
