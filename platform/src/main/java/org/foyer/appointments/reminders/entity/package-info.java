/** The table of a practice's appointment reminder settings. */
package org.foyer.appointments.reminders.entity;
