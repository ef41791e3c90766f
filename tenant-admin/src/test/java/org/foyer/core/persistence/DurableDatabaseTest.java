package org.foyer.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** The embedded database every test and every development instance runs is crash-safe. */
class DurableDatabaseTest {

  @Test
  void embeddedServerWritesThroughToDiskBeforeAcknowledgingACommit() throws SQLException {
    try (Connection connection = TestDatabase.get().database().openAppConnection();
        Statement statement = connection.createStatement()) {
      assertThat(show(statement, "fsync")).isEqualTo("on");
      assertThat(show(statement, "synchronous_commit")).isEqualTo("on");
      assertThat(show(statement, "full_page_writes")).isEqualTo("on");
    }
  }

  private static String show(Statement statement, String setting) throws SQLException {
    try (ResultSet value = statement.executeQuery("SHOW " + setting)) {
      value.next();
      return value.getString(1);
    }
  }
}
