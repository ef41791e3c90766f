/** The tables of the waiting list and of freed times offered to the clients on it. */
package org.foyer.appointments.waitlist.entity;
