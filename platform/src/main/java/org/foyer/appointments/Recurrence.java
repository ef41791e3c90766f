package org.foyer.appointments;

import java.time.LocalDate;

/**
 * How an appointment repeats: every {@code everyWeeks} weeks (1 or 2) at the same wall-clock time
 * of the practice, ending after {@code count} occurrences or on the date {@code until}, not both.
 */
public record Recurrence(int everyWeeks, Integer count, LocalDate until) {}
