package org.foyer.appointments.availability;

import java.util.UUID;

/**
 * One block of weekly hours as staff give and read it: {@code {"day": "MONDAY", "start": "09:00",
 * "end": "12:00", "locationId": ...}}, on the practice's wall clock.
 *
 * @param locationName the location's name when read back; ignored when given
 */
public record HoursBlock(
    String day, String start, String end, UUID locationId, String locationName) {}
