package org.foyer.portal.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.foyer.core.persistence.Database;
import org.foyer.core.persistence.DatabaseSettings;
import org.foyer.core.persistence.TestDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * V100 folds the Contact Network's links into contacts: a schema of its own is migrated to V96,
 * given a family as the portal had it, then migrated to the end. Nothing changes for the logins:
 * every link may still do everything, and each login acting for someone else is now a person. Later
 * migrations of the same tables (V122: lists as JSON) are checked on the same rows.
 */
class ContactsMigrationTest {

  static final UUID TENANT = UUID.randomUUID();
  static final UUID ELLA = UUID.randomUUID();
  static final UUID JORDAN = UUID.randomUUID();
  static final UUID MUM = UUID.randomUUID();
  static final UUID JORDAN_LOGIN = UUID.randomUUID();
  static final UUID OLD_LINK = UUID.randomUUID();
  static final UUID MUM_LINK = UUID.randomUUID();
  static final UUID OWN_LINK = UUID.randomUUID();

  /** V100 gave every link every permission; V122 stores them as a JSON array of names. */
  static final String EVERYTHING =
      "[\"FORMS\", \"DOCUMENTS\", \"MESSAGES\", \"APPOINTMENTS\", \"BILLING\", \"NOTICES\"]";

  final String schema = "migration_" + UUID.randomUUID().toString().substring(0, 8);

  @Test
  void existingLinksBecomeContactsThatMayStillDoEverything() throws Exception {
    Database database = TestDatabase.get().database();
    String url;
    try (Connection owner = database.openOwnerConnection();
        Statement statement = owner.createStatement()) {
      url = owner.getMetaData().getURL();
      statement.execute("CREATE SCHEMA " + schema);
    }
    migrate(url, "96");
    try (Connection owner = connect(url)) {
      family(owner);
    }

    migrate(url, "latest");

    try (Connection owner = connect(url)) {
      assertThat(rows(owner, "SELECT display_name, email, client_id FROM contact"))
          .containsExactly("Maria Brooks|mum@example.org|null");
      assertThat(
              rows(
                  owner,
                  "SELECT a.id, a.permissions, c.email, a.removed_at IS NOT NULL"
                      + " FROM client_access a LEFT JOIN contact c ON c.id = a.contact_id"
                      + " ORDER BY a.id"))
          .containsExactlyInAnyOrder(
              MUM_LINK + "|" + EVERYTHING + "|mum@example.org|f",
              OLD_LINK + "|" + EVERYTHING + "|mum@example.org|t",
              OWN_LINK + "|" + EVERYTHING + "|null|f");
      assertThat(
              rows(owner, "SELECT email, recovery_code_hashes FROM portal_account ORDER BY email"))
          .as("V122 keeps each recovery code hash, in order, as a JSON array")
          .containsExactly("jordan@example.org|null", "mum@example.org|[\"h1\", \"h2\", \"h3\"]");
    }
  }

  @AfterEach
  void dropSchema() throws SQLException {
    try (Connection owner = TestDatabase.get().database().openOwnerConnection();
        Statement statement = owner.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
    }
  }

  private void migrate(String url, String target) {
    Flyway.configure(ContactsMigrationTest.class.getClassLoader())
        .dataSource(url, DatabaseSettings.EMBEDDED_OWNER_ROLE, "")
        .schemas(schema)
        .defaultSchema(schema)
        .locations("classpath:db/migration")
        .placeholders(Map.of("appRole", DatabaseSettings.EMBEDDED_APP_ROLE))
        .target(target)
        .load()
        .migrate();
  }

  private Connection connect(String url) throws SQLException {
    Connection connection =
        DriverManager.getConnection(url, DatabaseSettings.EMBEDDED_OWNER_ROLE, "");
    try (Statement statement = connection.createStatement()) {
      statement.execute("SET search_path TO " + schema);
      statement.execute("SET foyer.tenant_id = '" + TENANT + "'");
    }
    return connection;
  }

  private static void family(Connection owner) throws SQLException {
    execute(
        owner,
        "INSERT INTO practice (id, slug, name, time_zone, status, created_at)"
            + " VALUES (?, ?, 'Migrated Practice', 'UTC', 'ACTIVE', now())",
        TENANT,
        "migrated-" + TENANT.toString().substring(0, 8));
    for (Object[] client :
        new Object[][] {
          {ELLA, "Ella", "2014-02-20", true}, {JORDAN, "Jordan", "1987-03-14", false}
        }) {
      execute(
          owner,
          "INSERT INTO client (tenant_id, id, version, legal_first_name, legal_last_name,"
              + " date_of_birth, minor) VALUES (?, ?, 1, ?, 'Brooks', ?::date, ?)",
          TENANT,
          client[0],
          client[1],
          client[2],
          client[3]);
    }
    for (Object[] login :
        new Object[][] {
          {MUM, "mum@example.org", "Maria Brooks"},
          {JORDAN_LOGIN, "jordan@example.org", "Jordan Brooks"}
        }) {
      execute(
          owner,
          "INSERT INTO portal_account (tenant_id, id, version, email, display_name, status)"
              + " VALUES (?, ?, 1, ?, ?, 'ACTIVE')",
          TENANT,
          login[0],
          login[1],
          login[2]);
    }
    execute(
        owner,
        "UPDATE portal_account SET totp_secret_sealed = 'sealed', recovery_code_hashes = ?"
            + " WHERE id = ?",
        "h1,h2,h3",
        MUM);
    link(owner, OLD_LINK, MUM, ELLA, "PARENT", "2026-01-01T00:00:00Z");
    link(owner, MUM_LINK, MUM, ELLA, "PARENT", null);
    link(owner, OWN_LINK, JORDAN_LOGIN, JORDAN, "SELF", null);
  }

  private static void link(
      Connection owner, UUID id, UUID login, UUID client, String relationship, String revokedAt)
      throws SQLException {
    execute(
        owner,
        "INSERT INTO client_access (tenant_id, id, version, portal_account_id, client_id,"
            + " relationship, revoked_at) VALUES (?, ?, 1, ?, ?, ?, ?::timestamptz)",
        TENANT,
        id,
        login,
        client,
        relationship,
        revokedAt);
  }

  private static void execute(Connection connection, String sql, Object... values)
      throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < values.length; i++) {
        statement.setObject(i + 1, values[i]);
      }
      statement.executeUpdate();
    }
  }

  private static List<String> rows(Connection connection, String sql) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery(sql)) {
      int columns = result.getMetaData().getColumnCount();
      while (result.next()) {
        StringBuilder row = new StringBuilder();
        for (int i = 1; i <= columns; i++) {
          row.append(i > 1 ? "|" : "").append(result.getString(i));
        }
        rows.add(row.toString());
      }
    }
    return rows;
  }
}
