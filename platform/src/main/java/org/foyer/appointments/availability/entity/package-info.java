/** The tables of clinicians' weekly hours and time off. */
package org.foyer.appointments.availability.entity;
