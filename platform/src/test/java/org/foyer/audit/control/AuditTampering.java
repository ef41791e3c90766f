package org.foyer.audit.control;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.foyer.core.persistence.Database;
import org.foyer.core.tenancy.TenantId;

/**
 * What an attacker holding the schema owner's rights could do to the audit table: switch off the
 * append-only trigger for one transaction, edit rows, switch it back on. Only tests use this, to
 * show that the hash chain still tells.
 */
final class AuditTampering {

  private AuditTampering() {}

  /** Runs the statements as the owner with the append-only trigger off, and commits. */
  static void asOwner(Database database, TenantId practice, String... sql) throws SQLException {
    try (Connection connection = database.openOwnerConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      setPractice(connection, practice);
      statement.execute("ALTER TABLE audit_event DISABLE TRIGGER audit_event_append_only");
      for (String each : sql) {
        statement.execute(each);
      }
      statement.execute("ALTER TABLE audit_event ENABLE ALWAYS TRIGGER audit_event_append_only");
      connection.commit();
    }
  }

  /** Binds the connection's transaction to the practice, as the unit of work does. */
  static void setPractice(Connection connection, TenantId practice) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("SELECT set_config('foyer.tenant_id', ?, true)")) {
      statement.setString(1, practice.toString());
      statement.execute();
    }
  }

  static long count(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery("SELECT count(*) FROM audit_event")) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
