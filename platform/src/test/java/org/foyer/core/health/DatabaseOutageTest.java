package org.foyer.core.health;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseOutageTest {

  @Test
  void unreachableShuttingDownOrFullDatabaseIsAnOutageHoweverDeeplyWrapped() {
    assertThat(DatabaseOutage.explains(wrapped(new SQLException("refused", "08001")))).isTrue();
    assertThat(DatabaseOutage.explains(wrapped(new SQLException("shutdown", "57P01")))).isTrue();
    assertThat(DatabaseOutage.explains(wrapped(new SQLException("disk full", "53100")))).isTrue();
  }

  @Test
  void aFaultOfTheRequestIsNoOutage() {
    assertThat(DatabaseOutage.explains(wrapped(new SQLException("unique", "23505")))).isFalse();
    assertThat(DatabaseOutage.explains(wrapped(new SQLException("no state")))).isFalse();
    assertThat(DatabaseOutage.explains(new IllegalStateException("plain"))).isFalse();
  }

  private static Exception wrapped(SQLException cause) {
    return new ServletException(new IllegalStateException("persistence", cause));
  }
}
