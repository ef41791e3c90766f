/**
 * What clients may book in the portal (notice, horizon, services offered online, intake first), set
 * by staff and read by portal booking and the waiting list.
 */
package org.foyer.appointments.rules;
