package org.foyer.core.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A server killed with kill -9 leaves its PostgreSQL running on the data directory; the next start
 * must stop that orphan and carry on with the data, or say what to do.
 */
class LeftoverPostmasterTest {

  @Test
  void startAfterTheServerWasKilledStopsTheOrphanedPostgresAndKeepsTheData() throws Exception {
    Path directory = Files.createTempDirectory("foyer-orphan");
    Process server = startServer(directory);
    ProcessHandle orphan = LeftoverPostmaster.runningPostmaster(directory).orElseThrow();
    server.destroyForcibly().waitFor();
    assertThat(orphan.isAlive()).as("PostgreSQL outlives a killed server").isTrue();

    try (Database database = Database.open(DatabaseSettings.embedded(directory));
        Connection connection = database.openOwnerConnection();
        Statement statement = connection.createStatement();
        ResultSet migrated = statement.executeQuery("SELECT count(*) FROM flyway_schema_history")) {
      assertThat(orphan.isAlive()).as("the orphan was stopped").isFalse();
      migrated.next();
      assertThat(migrated.getLong(1)).as("the schema survived").isPositive();
    }
  }

  @Test
  void directoryOfADatabaseStillInUseIsRefusedWithWhatToDo() throws Exception {
    Path directory = Files.createTempDirectory("foyer-in-use");
    Process server = startServer(directory);
    try {
      ProcessHandle postmaster = LeftoverPostmaster.runningPostmaster(directory).orElseThrow();
      assertThatThrownBy(() -> Database.open(DatabaseSettings.embedded(directory)))
          .hasMessageContaining("in use by another Foyer that is still running")
          .hasMessageContaining("Stop that Foyer first, or give this one its own FOYER_DATA_DIR");
      assertThat(postmaster.isAlive()).as("a running Foyer's database is left alone").isTrue();
    } finally {
      server.destroyForcibly().waitFor();
      Database.open(DatabaseSettings.embedded(directory)).close();
    }
  }

  @Test
  void stalePidFileOfAProcessThatIsGoneIsNoOrphan() throws Exception {
    Path directory = Files.createTempDirectory("foyer-stale");
    Files.writeString(
        directory.resolve("postmaster.pid"), ProcessHandle.current().pid() + "\n" + directory);
    assertThat(LeftoverPostmaster.runningPostmaster(directory))
        .as("the process of that number is not a PostgreSQL")
        .isEmpty();
  }

  private static Process startServer(Path directory) throws IOException, InterruptedException {
    Process server =
        new ProcessBuilder(
                ProcessHandle.current().info().command().orElse("java"),
                "-cp",
                System.getProperty("java.class.path"),
                OrphaningServer.class.getName(),
                directory.toString())
            .redirectErrorStream(true)
            .start();
    BufferedReader output =
        new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
    StringBuilder seen = new StringBuilder();
    String line;
    while ((line = output.readLine()) != null) {
      seen.append(line).append('\n');
      if (line.equals(OrphaningServer.READY)) {
        Thread drain = new Thread(() -> output.lines().forEach(ignored -> {}));
        drain.setDaemon(true);
        drain.start();
        return server;
      }
    }
    server.waitFor(10, TimeUnit.SECONDS);
    throw new IllegalStateException("The server did not open its database:\n" + seen);
  }
}
