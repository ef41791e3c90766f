/**
 * An appointment, its clients, series and status, calendar feeds, rooms, and the refusal of a time
 * the clinician or room already has taken.
 */
package org.foyer.appointments.entity;
