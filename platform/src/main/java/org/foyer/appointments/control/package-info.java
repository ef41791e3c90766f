/** The appointments' logic behind their services: open slots and who is told of a change. */
package org.foyer.appointments.control;
