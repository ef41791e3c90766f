package org.foyer.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantId;
import org.foyer.core.tenancy.TenantSlug;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two practices with look-alike staff, probed as an attacker would: through JPA, through the known
 * EclipseLink holes, and with raw SQL as the application role.
 */
class TenantIsolationTest {

  static final String REVIEWED_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";
  static final TestDatabase db = TestDatabase.get();
  static TenantId north;
  static TenantId south;
  static UUID southStaffId;

  @BeforeAll
  static void twoPracticesWithLookAlikeStaff() {
    north = createPracticeWithStaff("north-" + suffix(), "alex@example.org");
    south = createPracticeWithStaff("south-" + suffix(), "alex@example.org");
    southStaffId =
        db.inTenant(
            south,
            () ->
                db.entityManager()
                    .createQuery("SELECT s FROM StaffMember s", StaffMember.class)
                    .getSingleResult()
                    .id());
  }

  static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8);
  }

  static TenantId createPracticeWithStaff(String slug, String email) {
    Practice practice =
        new Practice(new TenantSlug(slug), "Practice " + slug, "UTC", Instant.now());
    return db.inTenant(
        practice.tenantId(),
        () -> {
          EntityManager em = db.entityManager();
          em.persist(practice);
          em.flush();
          StaffMember staff = new StaffMember(email, "Alex Doe", StaffRole.THERAPIST);
          staff.activate("hash");
          em.persist(staff);
          return practice.tenantId();
        });
  }

  @Test
  void queriesReturnOnlyTheCurrentPracticesRows() {
    List<StaffMember> seen =
        db.inTenant(
            north,
            () ->
                db.entityManager()
                    .createQuery("SELECT s FROM StaffMember s", StaffMember.class)
                    .getResultList());
    assertThat(seen).hasSize(1);
    assertThat(seen.get(0).id()).isNotEqualTo(southStaffId);
  }

  @Test
  void anotherPracticesIdIsNotFound() {
    StaffMember found =
        db.inTenant(north, () -> db.entityManager().find(StaffMember.class, southStaffId));
    assertThat(found).isNull();
  }

  @Test
  void jpqlBulkUpdateCannotTouchAnotherPractice() {
    db.inTenant(
        north,
        () ->
            db.entityManager()
                .createQuery("UPDATE StaffMember s SET s.displayName = 'owned' WHERE s.id = :id")
                .setParameter("id", southStaffId)
                .executeUpdate());
    String name =
        db.inTenant(south, () -> db.entityManager().find(StaffMember.class, southStaffId))
            .displayName();
    assertThat(name).isEqualTo("Alex Doe");
  }

  @Test
  void nativeSqlIsRefusedUnlessMarkedAsReviewed() {
    assertThatThrownBy(
            () ->
                db.inTenant(
                    north,
                    () ->
                        db.entityManager()
                            .createNativeQuery("SELECT id FROM staff_member")
                            .getResultList()))
        .hasMessageContaining("Native SQL queries have been disabled");
  }

  @Test
  void nativeQueryUnderOnePracticeSeesNoOtherPracticesRows() {
    @SuppressWarnings("unchecked")
    List<Object> ids =
        db.inTenant(
            north,
            () ->
                db.entityManager()
                    .createNativeQuery("SELECT id FROM staff_member")
                    .setHint(REVIEWED_NATIVE_SQL, true)
                    .getResultList());
    assertThat(ids).hasSize(1).doesNotContain(southStaffId);
  }

  @Test
  void detachedMergeCarryingAnotherPracticesIdDoesNotChangeIt() {
    StaffMember stolen =
        db.inTenant(south, () -> db.entityManager().find(StaffMember.class, southStaffId));
    stolen.deactivate();
    assertThatThrownBy(() -> db.inTenant(north, () -> db.entityManager().merge(stolen)))
        .isInstanceOf(RuntimeException.class);
    StaffMember after =
        db.inTenant(south, () -> db.entityManager().find(StaffMember.class, southStaffId));
    assertThat(after.canSignIn()).isTrue();
  }

  @Test
  void rawSqlAsTheApplicationRoleSeesOnlyTheSettingsPractice() throws SQLException {
    try (Connection connection = db.database().openAppConnection()) {
      connection.setAutoCommit(false);
      assertThat(countStaff(connection, null)).isZero();
      assertThat(countStaffWithId(connection, north, southStaffId)).isZero();
      assertThat(countStaffWithId(connection, south, southStaffId)).isEqualTo(1);
      connection.rollback();
    }
  }

  @Test
  void rawInsertForAnotherPracticeIsRefusedByRowLevelSecurity() throws SQLException {
    try (Connection connection = db.database().openAppConnection()) {
      connection.setAutoCommit(false);
      setTenant(connection, north);
      try (PreparedStatement insert =
          connection.prepareStatement(
              "INSERT INTO staff_member (tenant_id, id, version, email, display_name, role, status)"
                  + " VALUES (?::uuid, gen_random_uuid(), 0, 'x@example.org', 'X', 'THERAPIST',"
                  + " 'ACTIVE')")) {
        insert.setString(1, south.toString());
        assertThatThrownBy(insert::executeUpdate).hasMessageContaining("row-level security");
      }
      connection.rollback();
    }
  }

  @Test
  void applicationRoleCannotDisableRowLevelSecurity() throws SQLException {
    try (Connection connection = db.database().openAppConnection();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(
              () -> statement.execute("ALTER TABLE staff_member DISABLE ROW LEVEL SECURITY"))
          .isInstanceOf(SQLException.class);
    }
  }

  @Test
  void everyTenantTableForcesRowLevelSecurity() throws SQLException {
    try (Connection connection = db.database().openOwnerConnection();
        Statement statement = connection.createStatement();
        ResultSet unprotected =
            statement.executeQuery(
                "SELECT c.relname FROM pg_class c JOIN information_schema.columns col"
                    + " ON col.table_name = c.relname AND col.column_name = 'tenant_id'"
                    + " WHERE c.relkind = 'r' AND NOT (c.relrowsecurity AND c.relforcerowsecurity)")) {
      assertThat(unprotected.next()).as("a tenant table without forced RLS").isFalse();
    }
  }

  @Test
  void alternatingPracticesOnOneThreadNeverBleed() {
    for (int i = 0; i < 2000; i++) {
      TenantId tenant = i % 2 == 0 ? north : south;
      @SuppressWarnings("unchecked")
      List<Object> tenants =
          db.inTenant(
              tenant,
              () ->
                  db.entityManager()
                      .createNativeQuery(
                          "SELECT CAST(tenant_id AS varchar) FROM staff_member UNION ALL"
                              + " SELECT current_setting('foyer.tenant_id', true)")
                      .setHint(REVIEWED_NATIVE_SQL, true)
                      .getResultList());
      assertThat(tenants).containsOnly(tenant.toString());
    }
  }

  @Test
  @SuppressWarnings("unchecked")
  void readingWorkSeesItsPracticeAndCannotWrite() {
    List<Object> settings =
        db.unitOfWork()
            .run(
                north,
                true,
                () ->
                    db.entityManager()
                        .createNativeQuery(
                            "SELECT current_setting('foyer.tenant_id', true)"
                                + " || ' ' || current_setting('transaction_read_only')")
                        .setHint(REVIEWED_NATIVE_SQL, true)
                        .getResultList());
    assertThat(settings).containsExactly(north + " on");
    assertThatThrownBy(
            () ->
                db.unitOfWork()
                    .run(
                        north,
                        true,
                        () -> {
                          StaffMember extra =
                              new StaffMember(
                                  "reader@example.org", "Read Only", StaffRole.THERAPIST);
                          db.entityManager().persist(extra);
                          db.entityManager().flush();
                          return extra;
                        }))
        .hasStackTraceContaining("read-only transaction");
    List<Object> writable =
        db.unitOfWork()
            .run(
                north,
                false,
                () ->
                    db.entityManager()
                        .createNativeQuery("SELECT current_setting('transaction_read_only')")
                        .setHint(REVIEWED_NATIVE_SQL, true)
                        .getResultList());
    assertThat(writable).containsExactly("off");
  }

  @Test
  void withoutAPracticeNoTenantRowIsVisible() {
    assertThatThrownBy(
            () ->
                db.unitOfWork()
                    .run(
                        null,
                        true,
                        () ->
                            db.entityManager()
                                .createQuery("SELECT s FROM StaffMember s", StaffMember.class)
                                .getResultList()))
        .isInstanceOf(RuntimeException.class);
    @SuppressWarnings("unchecked")
    List<Object> raw =
        db.unitOfWork()
            .run(
                null,
                true,
                () ->
                    db.entityManager()
                        .createNativeQuery("SELECT id FROM staff_member")
                        .setHint(REVIEWED_NATIVE_SQL, true)
                        .getResultList());
    assertThat(raw).isEmpty();
  }

  private static int countStaff(Connection connection, TenantId tenant) throws SQLException {
    setTenant(connection, tenant);
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM staff_member")) {
      rows.next();
      return rows.getInt(1);
    }
  }

  private static int countStaffWithId(Connection connection, TenantId tenant, UUID id)
      throws SQLException {
    setTenant(connection, tenant);
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT count(*) FROM staff_member WHERE id = ?")) {
      statement.setObject(1, id);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return rows.getInt(1);
      }
    }
  }

  private static void setTenant(Connection connection, TenantId tenant) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT set_config('foyer.tenant_id', ?, true)")) {
      statement.setString(1, tenant == null ? "" : tenant.toString());
      statement.execute();
    }
  }
}
