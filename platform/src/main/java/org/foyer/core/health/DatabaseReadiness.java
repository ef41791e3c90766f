package org.foyer.core.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.foyer.core.errors.StorageFull;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.runtime.RequestDrain;

/**
 * Ready only while the application role can reach the database and write to it: a full disk refuses
 * writes while reads still work, and users sent there could store nothing.
 *
 * <p>The probe writes through the application's own connection pool, so it fails exactly when
 * requests would, and costs no new database session per call. Callers arriving while a probe runs
 * share its answer instead of queueing on the probe row's lock: a balancer polling from many nodes
 * then costs one write at a time, and no answer is older than the probe it waited for.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject UnitOfWork unitOfWork;

  private final AtomicReference<CompletableFuture<HealthCheckResponse>> running =
      new AtomicReference<>();

  @Override
  public HealthCheckResponse call() {
    if (RequestDrain.stopping()) {
      return down("stopping");
    }
    CompletableFuture<HealthCheckResponse> mine = new CompletableFuture<>();
    CompletableFuture<HealthCheckResponse> theirs = running.compareAndExchange(null, mine);
    if (theirs != null) {
      return theirs.join();
    }
    try {
      HealthCheckResponse answer = probe();
      mine.complete(answer);
      return answer;
    } catch (RuntimeException e) {
      mine.completeExceptionally(e);
      throw e;
    } finally {
      running.set(null);
    }
  }

  private HealthCheckResponse probe() {
    try {
      unitOfWork.run(
          null,
          false,
          () -> {
            try (Statement statement =
                unitOfWork.entityManager().unwrap(Connection.class).createStatement()) {
              statement.setQueryTimeout(2);
              return statement.executeUpdate(
                  "UPDATE readiness_probe SET written_at = now() WHERE id = 1");
            } catch (SQLException e) {
              throw new IllegalStateException(e);
            }
          });
      return HealthCheckResponse.up("database");
    } catch (RuntimeException e) {
      return down(StorageFull.explains(e) ? "storage full" : "unreachable");
    }
  }

  private static HealthCheckResponse down(String error) {
    return HealthCheckResponse.named("database").down().withData("error", error).build();
  }
}
