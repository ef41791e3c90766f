/** The practice's rooms: offices and video rooms that appointments take, for staff. */
package org.foyer.appointments.rooms;
