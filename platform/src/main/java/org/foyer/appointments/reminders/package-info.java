/** Appointment reminders: the practice's settings and the schedule that sends them. */
package org.foyer.appointments.reminders;
