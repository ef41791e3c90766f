package org.foyer.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.foyer.core.errors.StorageFull;
import org.foyer.core.runtime.FoyerRuntime;
import org.foyer.core.runtime.RequestDrain;

/**
 * Ready only while the application role can reach the database and write to it: a full disk refuses
 * writes while reads still work, and users sent there could store nothing.
 */
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
      statement.executeUpdate("UPDATE readiness_probe SET written_at = now() WHERE id = 1");
      return HealthCheckResponse.up("database");
    } catch (SQLException e) {
      String error = StorageFull.explains(e) ? "storage full" : "unreachable";
      return HealthCheckResponse.named("database").down().withData("error", error).build();
    } catch (RuntimeException e) {
      return HealthCheckResponse.named("database").down().withData("error", "unreachable").build();
    }
  }
}
