/** An appointment, its status, and the refusal of a time the clinician already has taken. */
package org.foyer.appointments.entity;
