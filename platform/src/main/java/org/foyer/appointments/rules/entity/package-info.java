/** The tables of a practice's portal booking rules and of the services offered online. */
package org.foyer.appointments.rules.entity;
