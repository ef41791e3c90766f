package org.foyer.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.foyer.core.runtime.FoyerRuntime;
import org.foyer.core.runtime.RequestDrain;

/** Ready only while the application role can reach the database. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject FoyerRuntime runtime;

  @Override
  public HealthCheckResponse call() {
    if (RequestDrain.stopping()) {
      return HealthCheckResponse.named("database").down().withData("error", "stopping").build();
    }
    try (Connection connection = runtime.database().openAppConnection();
        Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(2);
      statement.execute("SELECT 1");
      return HealthCheckResponse.up("database");
    } catch (SQLException | RuntimeException e) {
      return HealthCheckResponse.named("database").down().withData("error", "unreachable").build();
    }
  }
}
