package org.foyer.admin.portal.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.foyer.admin.portal.SampleSettings;
import org.foyer.admin.services.SamplePractice;
import org.foyer.core.persistence.PracticeCaches;
import org.foyer.core.persistence.PracticeChangeListener;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.events.RecordedEvents;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The governing portal settings kept in memory, as two instances of a cluster on one database see
 * them: each keeps its copy, forgets it when a change commits on either, keeps it through a change
 * that rolls back, and keeps nothing while it cannot hear of changes.
 */
class PortalSettingsCacheTest {

  static final TestDatabase db = TestDatabase.get();

  final List<PracticeChangeListener> listeners = new ArrayList<>();
  final List<Thread> threads = new ArrayList<>();
  PracticeChangeListener firstListener;
  PortalSettingsService first;
  PortalSettingsService second;
  SamplePractice north;
  SamplePractice south;

  @BeforeEach
  void twoInstancesListening() {
    first = instance();
    firstListener = listeners.get(0);
    second = instance();
    north = SamplePractice.create(db, "north");
    south = SamplePractice.create(db, "south");
    listeners.forEach(listener -> await(listener::isListening));
  }

  @AfterEach
  void stopListening() throws InterruptedException {
    listeners.forEach(PracticeChangeListener::stop);
    for (Thread thread : threads) {
      thread.join(5_000);
    }
  }

  PortalSettingsService instance() {
    PracticeCaches caches = new PracticeCaches(db.unitOfWork());
    PracticeChangeListener listener =
        new PracticeChangeListener(
            db.database()::openAppConnection, caches, Duration.ofMillis(100));
    Thread thread = new Thread(listener, "practice-changes-" + listeners.size());
    thread.start();
    listeners.add(listener);
    threads.add(thread);
    return new PortalSettingsService(
        db.entityManager(), new RecordedEvents<>(), Clock.systemUTC(), caches);
  }

  @Test
  void aReadIsKeptUntilAChangeCommitsOnEitherInstance() {
    PortalSettingsView kept = north.in(first::current);
    assertThat(north.in(first::current)).isSameAs(kept);

    north.in(() -> second.change(north.admin, SampleSettings.withTimeout(75)));

    assertThat(north.in(second::current).sessionTimeoutMinutes()).isEqualTo(75);
    await(() -> north.in(first::current).sessionTimeoutMinutes() == 75);
  }

  @Test
  void outsideAUnitOfWorkTheThreadsPracticeIsAnsweredAndAChangeStillReachesIt() {
    // A page asks before any unit of work of its request runs: the read opens its own, for the
    // request's practice, and the kept copy then needs none.
    PortalSettingsView kept = Tenancy.as(north.tenant, first::current);
    assertThat(Tenancy.as(north.tenant, first::current)).isSameAs(kept);
    assertThat(Tenancy.as(south.tenant, first::current)).isNotSameAs(kept);
    assertThat(db.unitOfWork().isActive()).isFalse();

    north.in(() -> second.change(north.admin, SampleSettings.withTimeout(35)));

    await(() -> Tenancy.as(north.tenant, first::current).sessionTimeoutMinutes() == 35);
  }

  @Test
  void theChangingInstanceForgetsAtOnceWhenItCommits() {
    north.in(first::current);
    north.in(() -> first.change(north.admin, SampleSettings.withTimeout(45)));
    assertThat(north.in(first::current).sessionTimeoutMinutes()).isEqualTo(45);
  }

  @Test
  void aChangeThatRollsBackLeavesEveryCopyInPlace() {
    PortalSettingsView kept = north.in(first::current);
    assertThatThrownBy(
            () ->
                north.in(
                    () -> {
                      second.change(north.admin, SampleSettings.withTimeout(90));
                      throw new IllegalStateException("the rest of the work failed");
                    }))
        .hasMessage("the rest of the work failed");
    pause(Duration.ofMillis(500));
    assertThat(north.in(first::current)).isSameAs(kept);
    assertThat(north.in(first::current).sessionTimeoutMinutes()).isEqualTo(15);
  }

  @Test
  void withinTheChangingWorkTheNewSettingsAreRead() {
    north.in(first::current);
    int seen =
        north.in(
            () -> {
              first.change(north.admin, SampleSettings.withTimeout(50));
              return first.current().sessionTimeoutMinutes();
            });
    assertThat(seen).isEqualTo(50);
  }

  @Test
  void anotherPracticesCopyIsNotDisturbed() {
    PortalSettingsView southKept = south.in(first::current);
    north.in(() -> second.change(north.admin, SampleSettings.withTimeout(60)));
    await(() -> north.in(first::current).sessionTimeoutMinutes() == 60);
    assertThat(south.in(first::current)).isSameAs(southKept);
  }

  @Test
  void nothingIsKeptWhileTheListeningConnectionIsLostAndAllIsForgottenWhenItReturns()
      throws Exception {
    PortalSettingsView kept = north.in(first::current);
    // The application role may end its own sessions, as a database restart or a network cut would.
    try (Connection app = db.database().openAppConnection();
        Statement statement = app.createStatement()) {
      statement.execute(
          "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
              + " WHERE query = 'LISTEN "
              + PracticeCaches.CHANNEL
              + "' AND pid <> pg_backend_pid()");
    }
    await(() -> !firstListener.isListening() || north.in(first::current) != kept);
    await(firstListener::isListening);
    PortalSettingsView afterReturn = north.in(first::current);
    assertThat(afterReturn).isNotSameAs(kept).isEqualTo(kept);
    assertThat(north.in(first::current)).isSameAs(afterReturn);
  }

  @Test
  void workWithAPracticeButNoCurrentPracticeOnTheThreadReadsThatPracticesSettings() {
    north.in(() -> second.change(north.admin, SampleSettings.withTimeout(70)));
    // Background work and some checks open a unit of work for a practice without making it the
    // thread's current practice: the unit's practice is the one whose settings count.
    for (int read = 0; read < 2; read++) {
      assertThat(db.unitOfWork().run(north.tenant, true, first::current).sessionTimeoutMinutes())
          .isEqualTo(70);
      assertThat(db.unitOfWork().run(south.tenant, true, first::current).sessionTimeoutMinutes())
          .isEqualTo(15);
    }
  }

  @Test
  void servicesBuiltWithoutAListenerKeepNothing() {
    PortalSettingsService plain =
        new PortalSettingsService(db.entityManager(), new RecordedEvents<>(), Clock.systemUTC());
    assertThat(north.in(plain::current)).isNotSameAs(north.in(plain::current));
  }

  static void await(BooleanSupplier condition) {
    long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("waited 15 s for the condition").isLessThan(deadline);
      pause(Duration.ofMillis(20));
    }
  }

  static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
