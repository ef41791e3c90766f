package org.foyer.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;

/**
 * The embedded database of the deployed instance, opened from the test to arrange history that no
 * API can produce, such as an acceptance given before a new consent version shipped. The instance
 * keeps its data under {@code FOYER_DATA_DIR} (set by failsafe) when Arquillian deployed it, in the
 * bundled instance's working directory otherwise ({@link #use}); PostgreSQL writes its port to the
 * fourth line of {@code postmaster.pid}, and the embedded server trusts local connections. Only
 * tests that cannot arrange their state through the application use it, or that must see that a
 * refused request wrote nothing the application would not show (a draft, an audit row).
 */
final class DeployedDatabase {

  /** The data directory of the instance the running test class talks to. */
  private static volatile Path dataDirectory =
      System.getenv("FOYER_DATA_DIR") == null ? null : Path.of(System.getenv("FOYER_DATA_DIR"));

  private DeployedDatabase() {}

  static void use(Path instanceDataDirectory) {
    dataDirectory = instanceDataDirectory;
  }

  /** Runs one statement as the database superuser (row-level security does not apply). */
  static int update(String sql, Object... parameters) throws IOException, SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      return statement.executeUpdate();
    }
  }

  /**
   * The first column of the first row a query answers, as text (null when there is no row or the
   * value is null), for tests that check nothing was written.
   */
  static String queryText(String sql, Object... parameters) throws IOException, SQLException {
    try (Connection connection = connect();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setObject(i + 1, parameters[i]);
      }
      try (ResultSet rows = statement.executeQuery()) {
        return rows.next() ? rows.getString(1) : null;
      }
    }
  }

  private static Connection connect() throws IOException, SQLException {
    Path pid = dataDirectory.resolve("postgres").resolve("postmaster.pid");
    List<String> lines = Files.readAllLines(pid);
    String port = lines.get(3).strip();
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/foyer", "postgres", "");
  }
}
