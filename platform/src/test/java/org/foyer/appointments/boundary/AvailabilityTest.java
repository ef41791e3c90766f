package org.foyer.appointments.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.foyer.appointments.AppointmentRequest;
import org.foyer.appointments.AppointmentsWorld;
import org.foyer.appointments.availability.AvailabilityView;
import org.foyer.appointments.availability.HoursBlock;
import org.foyer.appointments.availability.SlotView;
import org.foyer.appointments.availability.TimeOffView;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.junit.jupiter.api.Test;

/** Weekly hours, time off and the slots they leave, against the real database. */
class AvailabilityTest {

  final AppointmentsWorld world = new AppointmentsWorld("availability");

  /** Monday 2 March 2026 in New York, the whole day. */
  static final Instant MONDAY = Instant.parse("2026-03-02T05:00:00Z");

  static final Instant TUESDAY = Instant.parse("2026-03-03T05:00:00Z");

  List<Instant> mondayStarts() {
    return world
        .in(
            () ->
                world.availability.slots(
                    world.desk, world.therapist.accountId(), MONDAY, TUESDAY, world.fiftyMinutes))
        .stream()
        .map(SlotView::startsAt)
        .toList();
  }

  @Test
  void theWeekReadsBackOnTheWallClockWithItsZoneAndPlaces() {
    AvailabilityView view =
        world.in(() -> world.availability.get(world.desk, world.therapist.accountId()));
    assertThat(view.timeZone()).isEqualTo("America/New_York");
    assertThat(view.clinicianName()).isEqualTo("Dr. Rae Lin");
    assertThat(view.weeklyHours())
        .extracting(HoursBlock::day, HoursBlock::start, HoursBlock::end, HoursBlock::locationName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("MONDAY", "09:00", "12:00", "Main office"),
            org.assertj.core.groups.Tuple.tuple("WEDNESDAY", "09:00", "12:00", "Main office"),
            org.assertj.core.groups.Tuple.tuple("FRIDAY", "13:00", "15:00", "Video"));
    assertThat(mondayStarts()).hasSize(5).first().isEqualTo(Instant.parse("2026-03-02T14:00:00Z"));
  }

  @Test
  void bookedTimeAndTimeOffAreNotOffered() {
    world.in(
        () ->
            world.appointments.book(
                world.desk,
                new AppointmentRequest(
                    world.jo,
                    world.therapist.accountId(),
                    world.fiftyMinutes,
                    world.office,
                    Instant.parse("2026-03-02T15:00:00Z"),
                    null,
                    null,
                    null,
                    null)));
    assertThat(mondayStarts())
        .containsExactly(
            Instant.parse("2026-03-02T14:00:00Z"), Instant.parse("2026-03-02T16:00:00Z"));
    AvailabilityView withLeave =
        world.in(
            () ->
                world.availability.addTimeOff(
                    world.therapist,
                    world.therapist.accountId(),
                    Instant.parse("2026-03-02T13:00:00Z"),
                    Instant.parse("2026-03-02T15:00:00Z"),
                    "Training"));
    assertThat(withLeave.timeOff())
        .singleElement()
        .extracting(TimeOffView::note)
        .isEqualTo("Training");
    assertThat(mondayStarts()).containsExactly(Instant.parse("2026-03-02T16:00:00Z"));
    UUID leave = withLeave.timeOff().get(0).id();
    world.in(
        () -> world.availability.removeTimeOff(world.desk, world.therapist.accountId(), leave));
    assertThat(mondayStarts()).hasSize(2);
  }

  @Test
  void badWeeksAreRefusedNamingTheBlockAndNothingChanges() {
    UUID clinician = world.therapist.accountId();
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.availability.setWeeklyHours(
                            world.therapist,
                            clinician,
                            List.of(
                                new HoursBlock("MONDAY", "09:00", "12:00", null, null),
                                new HoursBlock("monday", "11:00", "13:00", null, null)))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Two blocks on Monday overlap");
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.availability.setWeeklyHours(
                            world.therapist,
                            clinician,
                            List.of(new HoursBlock("Funday", "09:00", "12:00", null, null)))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("Block 1: choose a day of the week");
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.availability.setWeeklyHours(
                            world.therapist,
                            clinician,
                            List.of(new HoursBlock("TUESDAY", "17:00", "09:00", null, null)))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("must end after it starts");
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.availability.setWeeklyHours(
                            world.therapist,
                            clinician,
                            List.of(new HoursBlock("TUESDAY", "9 o'clock", "12:00", null, null)))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("enter a time such as 09:00");
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.availability.setWeeklyHours(
                            world.therapist,
                            clinician,
                            List.of(
                                new HoursBlock(
                                    "TUESDAY", "09:00", "12:00", UUID.randomUUID(), null)))))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("choose one of the practice's locations");
    assertThat(world.in(() -> world.availability.get(world.desk, clinician)).weeklyHours())
        .hasSize(3);
  }

  @Test
  void onlyTheClinicianOrASchedulerChangesHoursAndOtherPracticesAndPortalLoginsFindNothing() {
    UUID clinician = world.therapist.accountId();
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.availability.setWeeklyHours(
                            world.otherTherapist, clinician, List.of())))
        .isInstanceOf(Refused.class);
    world.in(() -> world.availability.setWeeklyHours(world.desk, clinician, List.of()));
    assertThat(mondayStarts()).isEmpty();
    assertThatThrownBy(() -> world.in(() -> world.availability.get(world.joLogin, clinician)))
        .isInstanceOf(NotFound.class);
    AppointmentsWorld other = new AppointmentsWorld("availability-other");
    assertThatThrownBy(() -> other.in(() -> other.availability.get(other.desk, clinician)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                other.in(
                    () -> other.availability.setWeeklyHours(other.admin, clinician, List.of())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.in(() -> world.availability.get(world.desk, world.jo)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void theVideoRoomIsAnHttpsAddressOrNothing() {
    UUID clinician = world.therapist.accountId();
    for (String bad :
        List.of(
            "javascript:alert(1)",
            "http://video.example.org/rae",
            "https://user:pw@video.example.org/x",
            "video.example.org",
            "https://" + "a".repeat(500) + ".org")) {
      assertThatThrownBy(
              () ->
                  world.in(() -> world.availability.setVideoLink(world.therapist, clinician, bad)))
          .as(bad)
          .isInstanceOf(InvalidInput.class)
          .hasMessageContaining("https://");
    }
    assertThat(
            world
                .in(
                    () ->
                        world.availability.setVideoLink(
                            world.therapist, clinician, " https://video.example.org/rae "))
                .videoLink())
        .isEqualTo("https://video.example.org/rae");
    assertThat(
            world
                .in(() -> world.availability.setVideoLink(world.therapist, clinician, ""))
                .videoLink())
        .isEmpty();
  }
}
