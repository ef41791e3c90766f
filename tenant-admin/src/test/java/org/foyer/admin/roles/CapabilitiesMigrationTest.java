package org.foyer.admin.roles;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.UUID;
import org.foyer.admin.roles.entity.CapabilitiesConverter;
import org.foyer.core.access.Capability;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.practice.Practice;
import org.foyer.core.tenancy.TenantSlug;
import org.junit.jupiter.api.Test;

/**
 * The migration that turned stored capability lists into JSON arrays, run for real against rows in
 * the earlier comma-separated form, inside a transaction that is rolled back.
 */
class CapabilitiesMigrationTest {

  static final TestDatabase db = TestDatabase.get();

  @Test
  void commaSeparatedRowsBecomeJsonArraysTheConverterReads() throws Exception {
    String slug = "mig" + UUID.randomUUID().toString().substring(0, 8);
    Practice practice =
        new Practice(new TenantSlug(slug), "Practice " + slug, "UTC", Instant.now());
    db.inTenant(
        practice.tenantId(),
        () -> {
          db.entityManager().persist(practice);
          return null;
        });
    UUID full = UUID.randomUUID();
    UUID empty = UUID.randomUUID();

    try (Connection owner = db.database().openOwnerConnection()) {
      owner.setAutoCommit(false);
      try (Statement ddl = owner.createStatement()) {
        ddl.execute("ALTER TABLE custom_role NO FORCE ROW LEVEL SECURITY");
      }
      insertRole(owner, practice, full, "Billing", "REVIEW_AUDIT_LOG,MANAGE_STAFF");
      insertRole(owner, practice, empty, "Nothing yet", "");

      try (Statement migration = owner.createStatement()) {
        migration.execute(migration("V95__capabilities_as_json.sql"));
      }

      assertThat(visibleRoles(owner)).as("row security is forced again").isZero();
      try (Statement ddl = owner.createStatement()) {
        ddl.execute("ALTER TABLE custom_role NO FORCE ROW LEVEL SECURITY");
      }
      CapabilitiesConverter converter = new CapabilitiesConverter();
      assertThat(converter.convertToEntityAttribute(stored(owner, full)))
          .containsExactlyInAnyOrder(Capability.MANAGE_STAFF, Capability.REVIEW_AUDIT_LOG);
      assertThat(stored(owner, empty)).isEqualTo("[]");
      owner.rollback();
    }
  }

  private static void insertRole(
      Connection owner, Practice practice, UUID id, String name, String capabilities)
      throws Exception {
    try (PreparedStatement insert =
        owner.prepareStatement(
            "INSERT INTO custom_role (tenant_id, id, version, name, capabilities)"
                + " VALUES (?, ?, 1, ?, ?)")) {
      insert.setObject(1, practice.tenantId().value());
      insert.setObject(2, id);
      insert.setString(3, name);
      insert.setString(4, capabilities);
      insert.executeUpdate();
    }
  }

  private static String stored(Connection owner, UUID id) throws Exception {
    try (PreparedStatement select =
        owner.prepareStatement("SELECT capabilities FROM custom_role WHERE id = ?")) {
      select.setObject(1, id);
      try (ResultSet row = select.executeQuery()) {
        assertThat(row.next()).isTrue();
        return row.getString(1);
      }
    }
  }

  private static int visibleRoles(Connection owner) throws Exception {
    try (Statement count = owner.createStatement();
        ResultSet row = count.executeQuery("SELECT count(*) FROM custom_role")) {
      row.next();
      return row.getInt(1);
    }
  }

  private static String migration(String name) throws Exception {
    try (InputStream sql =
        CapabilitiesMigrationTest.class.getResourceAsStream("/db/migration/" + name)) {
      return new String(sql.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
