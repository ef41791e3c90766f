/**
 * The Faces beans behind the appointments pages: the staff calendar, availability and waitlist, and
 * the portal's appointments page.
 */
package org.foyer.appointments.pages;
