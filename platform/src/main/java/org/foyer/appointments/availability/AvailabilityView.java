package org.foyer.appointments.availability;

import java.util.List;
import java.util.UUID;

/**
 * A clinician's availability: weekly hours on the practice's wall clock (its zone named) and time
 * off still to come, and the video room telehealth clients join (empty when none is set).
 */
public record AvailabilityView(
    UUID clinicianId,
    String clinicianName,
    String timeZone,
    String videoLink,
    List<HoursBlock> weeklyHours,
    List<TimeOffView> timeOff) {}
