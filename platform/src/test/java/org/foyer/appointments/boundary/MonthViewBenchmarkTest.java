package org.foyer.appointments.boundary;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.appointments.AppointmentView;
import org.foyer.appointments.AppointmentsWorld;
import org.foyer.clients.entity.Client;
import org.foyer.fixtures.Benchmarks;
import org.junit.jupiter.api.Test;

/**
 * The data behind the staff calendar's month view, for a practice of 40 clinicians and 20,000
 * appointments seeded by SQL. Asserts what must hold on any machine (the plan uses the tenant-led
 * indexes, never a sequential scan of appointments; the number of SQL statements does not grow with
 * the appointments); prints the times, which are this machine's.
 */
class MonthViewBenchmarkTest {

  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

  /** FullCalendar's month grid for March 2026: six weeks from Sunday 1 March. */
  static final Instant FROM = LocalDate.of(2026, 3, 1).atStartOfDay(NEW_YORK).toInstant();

  static final Instant TO = LocalDate.of(2026, 4, 12).atStartOfDay(NEW_YORK).toInstant();

  final AppointmentsWorld world = new AppointmentsWorld("month-bench");

  @Test
  void aMonthOfAFortyClinicianPracticeIsReadWithTheIndexesAndAFixedNumberOfQueries()
      throws Exception {
    List<UUID> clinicians = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      clinicians.add(
          world
              .staffMember(
                  "bench" + i + "@example.org", "Clinician " + i, StaffRole.THERAPIST, Set.of())
              .accountId());
    }
    world.in(
        () -> {
          for (int i = 0; i < 400; i++) {
            world.em.persist(new Client("Client" + i, "Bench", LocalDate.of(1980, 1, 1), false));
          }
          return null;
        });
    seed();

    UUID one = clinicians.get(7);
    List<AppointmentView> practice = month(null);
    List<AppointmentView> clinician = month(one);
    assertThat(practice).hasSizeGreaterThan(5_000);
    assertThat(clinician).hasSizeGreaterThan(100).allMatch(a -> a.clinicianId().equals(one));
    assertThat(practice)
        .filteredOn(a -> a.clients().size() == 2)
        .isNotEmpty()
        .allMatch(a -> !a.clients().get(1).name().isBlank());

    // The statements behind one month do not depend on how many appointments it holds.
    int practiceQueries = statements(() -> month(null));
    int clinicianQueries = statements(() -> month(one));
    System.out.printf(
        "Month view SQL statements: whole practice %d, one clinician %d%n",
        practiceQueries, clinicianQueries);
    assertThat(practiceQueries).isLessThanOrEqualTo(8);
    assertThat(clinicianQueries).isLessThanOrEqualTo(8);

    String practicePlan = explain(null);
    String clinicianPlan = explain(one);
    System.out.println("EXPLAIN (ANALYZE, BUFFERS), whole practice:\n" + practicePlan);
    System.out.println("EXPLAIN (ANALYZE, BUFFERS), one clinician:\n" + clinicianPlan);
    assertThat(practicePlan)
        .doesNotContain("Seq Scan on appointment")
        .contains("appointment_by_time");
    assertThat(clinicianPlan)
        .doesNotContain("Seq Scan on appointment")
        .contains("appointment_by_clinician");

    report("whole practice (" + practice.size() + " appointments)", () -> month(null));
    report("one clinician (" + clinician.size() + " appointments)", () -> month(one));
  }

  /**
   * 20,000 appointments: each clinician four a day from 5 January 2026 for 125 days, at 09:00,
   * 11:00, 13:00 and 15:00 New York time (so none overlaps); one in ten cancelled, one in fifty a
   * couple's session with a second client.
   */
  void seed() throws Exception {
    UUID tenant = world.tenant.value();
    try (Connection c = world.db.database().openOwnerConnection()) {
      // Row-level security is forced on the owner too: seed inside the practice, as the app does.
      c.setAutoCommit(false);
      try (PreparedStatement tenancy =
          c.prepareStatement("SELECT set_config('foyer.tenant_id', ?, true)")) {
        tenancy.setString(1, tenant.toString());
        tenancy.execute();
      }
      try (PreparedStatement insert =
          c.prepareStatement(
              "WITH cl AS (SELECT array_agg(id ORDER BY id) ids FROM staff_member"
                  + "   WHERE tenant_id = ? AND email LIKE 'bench%'),"
                  + " cs AS (SELECT array_agg(id ORDER BY id) ids FROM client"
                  + "   WHERE tenant_id = ? AND legal_last_name = 'Bench')"
                  + " INSERT INTO appointment (tenant_id, id, version, client_id, clinician_id,"
                  + "   service_type_id, location_id, starts_at, ends_at, status, created_at,"
                  + "   created_by)"
                  + " SELECT ?, gen_random_uuid(), 1, cs.ids[1 + n % 400], cl.ids[1 + n % 40],"
                  + "   ?, ?, s, s + interval '50 minutes',"
                  + "   CASE WHEN n % 10 = 0 THEN 'CANCELLED' ELSE 'BOOKED' END, now(), 'seed'"
                  + " FROM cl, cs, generate_series(0, 19999) n,"
                  + " LATERAL (SELECT ((date '2026-01-05' + (n / 40) / 4)"
                  + "   + make_time(9 + 2 * ((n / 40) % 4), 0, 0))"
                  + "   AT TIME ZONE 'America/New_York' AS s) t")) {
        insert.setObject(1, tenant);
        insert.setObject(2, tenant);
        insert.setObject(3, tenant);
        insert.setObject(4, world.fiftyMinutes);
        insert.setObject(5, world.office);
        assertThat(insert.executeUpdate()).isEqualTo(20_000);
      }
      try (PreparedStatement couples =
          c.prepareStatement(
              "INSERT INTO appointment_client (tenant_id, id, version, appointment_id, client_id)"
                  + " SELECT a.tenant_id, gen_random_uuid(), 1, a.id,"
                  + "   (SELECT id FROM client WHERE tenant_id = a.tenant_id AND id <> a.client_id"
                  + "     AND legal_last_name = 'Bench' ORDER BY id LIMIT 1)"
                  + " FROM (SELECT tenant_id, id, client_id, row_number() OVER (ORDER BY id) r"
                  + "   FROM appointment WHERE tenant_id = ?) a WHERE a.r % 50 = 0")) {
        couples.setObject(1, tenant);
        assertThat(couples.executeUpdate()).isEqualTo(400);
      }
      c.commit();
      try (Statement analyze = c.createStatement()) {
        analyze.execute("ANALYZE appointment");
        analyze.execute("ANALYZE appointment_client");
      }
      c.commit();
    }
  }

  List<AppointmentView> month(UUID clinician) {
    return world.in(() -> world.appointments.list(world.desk, FROM, TO, clinician));
  }

  int statements(Supplier<?> work) {
    return Benchmarks.statements(world.in(() -> Benchmarks.session(world.em)), work);
  }

  /** The plan of the month's query as the application runs it: app role, tenant's row security. */
  String explain(UUID clinician) {
    String sql =
        "SELECT * FROM appointment WHERE tenant_id = ? AND starts_at < ? AND ends_at > ?"
            + " AND starts_at > ?"
            + (clinician == null ? "" : " AND clinician_id = ?")
            + " ORDER BY starts_at, id";
    List<Object> parameters =
        new ArrayList<>(
            List.of(
                world.tenant.value(),
                java.sql.Timestamp.from(TO),
                java.sql.Timestamp.from(FROM),
                java.sql.Timestamp.from(FROM.minus(java.time.Duration.ofHours(8)))));
    if (clinician != null) {
      parameters.add(clinician);
    }
    return world.in(() -> Benchmarks.explain(world.em, sql, parameters.toArray()));
  }

  static void report(String what, Supplier<?> work) {
    Benchmarks.report("Month view, " + what, work);
  }
}
