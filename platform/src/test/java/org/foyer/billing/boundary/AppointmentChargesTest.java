package org.foyer.billing.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.appointments.AppointmentStatusChanged;
import org.foyer.appointments.entity.AppointmentStatus;
import org.foyer.billing.BillingWorld;
import org.foyer.billing.LedgerLine;
import org.foyer.billing.entity.LedgerEntry;
import org.foyer.billing.settings.FeeSettings;
import org.foyer.core.errors.InvalidInput;
import org.junit.jupiter.api.Test;

/** Charges posted from what became of appointments, marked through the appointments service. */
class AppointmentChargesTest {

  private final BillingWorld world = new BillingWorld("billing-appointments");

  private void fees(long lateCancel, long noShow) {
    world.in(
        () -> world.settings.changeFees(world.biller, new FeeSettings("USD", lateCancel, noShow)));
  }

  /** Marks as staff do; an outcome of a session is marked once it has taken place. */
  private void mark(UUID appointment, AppointmentStatus status) {
    if (status == AppointmentStatus.ATTENDED || status == AppointmentStatus.NO_SHOW) {
      world.base.clock.advance(Duration.ofDays(3));
    }
    world.in(() -> world.appointments.mark(world.base.desk, appointment, status));
  }

  @Test
  void anAppointmentStillToComeCannotBeMarkedAttendedOrANoShowSoNobodyIsChargedForIt() {
    fees(7_500, 10_000);
    UUID tomorrow = world.appointmentForJo(1);

    for (AppointmentStatus outcome :
        List.of(AppointmentStatus.ATTENDED, AppointmentStatus.NO_SHOW)) {
      assertThatThrownBy(
              () -> world.in(() -> world.appointments.mark(world.base.desk, tomorrow, outcome)))
          .isInstanceOf(InvalidInput.class)
          .hasMessageContaining("has not begun yet");
    }

    assertThat(joLines()).isEmpty();
    world.base.clock.advance(Duration.ofDays(1).plusHours(1));
    world.in(() -> world.appointments.mark(world.base.desk, tomorrow, AppointmentStatus.ATTENDED));
    assertThat(world.joBalance()).isEqualTo(15_000);
  }

  private java.util.List<LedgerLine> joLines() {
    return world.in(() -> world.billing.ledger(world.biller, world.base.jo)).lines();
  }

  @Test
  void anAttendedAppointmentIsChargedItsServiceRate() {
    UUID appointment = world.appointmentForJo(1);

    mark(appointment, AppointmentStatus.ATTENDED);

    assertThat(joLines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.amountCents()).isEqualTo(15_000);
              assertThat(line.appointmentId()).isEqualTo(appointment);
              assertThat(line.description()).isEqualTo("Individual therapy");
            });
  }

  @Test
  void aLateCancellationAndANoShowAreChargedThePracticesFees() {
    fees(7_500, 10_000);
    UUID late = world.appointmentForJo(1);
    UUID missed = world.appointmentForJo(2);

    mark(late, AppointmentStatus.LATE_CANCELLED);
    mark(missed, AppointmentStatus.NO_SHOW);

    assertThat(joLines())
        .extracting(LedgerLine::description, LedgerLine::amountCents)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Late cancellation fee", 7_500L),
            org.assertj.core.groups.Tuple.tuple("No-show fee", 10_000L));
    assertThat(world.joBalance()).isEqualTo(17_500);
  }

  @Test
  void aLateCancellationInThePortalIsChargedTheFeeTheClientAccepted() {
    fees(7_500, 10_000);
    world.base.scheduling(SelfScheduling.INSTANT, 48);
    UUID soon = world.appointmentForJo(1);
    UUID later = world.appointmentForJo(5);

    world.in(() -> world.portal.cancel(world.base.joLogin, world.base.jo, soon, true));
    world.in(() -> world.portal.cancel(world.base.joLogin, world.base.jo, later, false));

    assertThat(joLines())
        .singleElement()
        .satisfies(
            line -> {
              assertThat(line.description()).isEqualTo("Late cancellation fee");
              assertThat(line.amountCents()).isEqualTo(7_500);
              assertThat(line.appointmentId()).isEqualTo(soon);
            });
  }

  @Test
  void withoutFeesACancellationOrNoShowChargesNothingAndAPlainCancellationNever() {
    fees(0, 0);
    UUID late = world.appointmentForJo(1);
    UUID plain = world.appointmentForJo(2);
    mark(late, AppointmentStatus.LATE_CANCELLED);
    mark(plain, AppointmentStatus.CANCELLED);

    assertThat(joLines()).isEmpty();
  }

  @Test
  void anOutcomeToldTwiceChargesOnce() {
    UUID appointment = world.appointmentForJo(1);
    mark(appointment, AppointmentStatus.ATTENDED);
    AppointmentStatusChanged again = world.statusChanges.last();

    world.in(
        () -> {
          world.charges.onStatusChanged(again);
          return null;
        });

    assertThat(joLines()).hasSize(1);
    assertThat(world.joBalance()).isEqualTo(15_000);
  }

  @Test
  void theDatabaseRefusesASecondChargeForOneAppointment() {
    UUID appointment = world.appointmentForJo(1);
    mark(appointment, AppointmentStatus.ATTENDED);

    assertThatThrownBy(
            () ->
                world.in(
                    () -> {
                      world.ledger.post(
                          LedgerEntry.charge(
                              world.base.jo,
                              15_000,
                              "USD",
                              "Individual therapy",
                              appointment,
                              "system",
                              world.base.clock.instant()));
                      return null;
                    }))
        .hasStackTraceContaining("ledger_entry_one_charge_per_appointment");
    assertThat(world.joBalance()).isEqualTo(15_000);
  }

  @Test
  void feesAreRefusedBelowZero() {
    assertThatThrownBy(() -> fees(-1, 0))
        .isInstanceOf(org.foyer.core.errors.InvalidInput.class)
        .hasMessageContaining("A fee is between");
  }
}
