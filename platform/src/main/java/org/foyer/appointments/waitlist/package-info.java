/**
 * The waiting list's published records: what a client waits for, the list as staff see it, and the
 * offer of a freed time.
 */
package org.foyer.appointments.waitlist;
