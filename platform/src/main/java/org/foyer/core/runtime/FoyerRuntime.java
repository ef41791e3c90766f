package org.foyer.core.runtime;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;
import org.foyer.core.persistence.Database;
import org.foyer.core.persistence.DatabaseSettings;

/**
 * The application's side of start-up: refuses production on development defaults, opens the
 * database (embedded by default), and produces the settings and entity manager factory the rest of
 * Foyer injects. {@link DatabaseReady} is fired once the schema is current.
 */
@ApplicationScoped
public class FoyerRuntime {

  private static final Logger LOG = Logger.getLogger(FoyerRuntime.class.getName());

  @Inject Event<DatabaseReady> databaseReady;

  private RuntimeSettings settings;
  private Database database;
  private EntityManagerFactory factory;

  void start(@Observes Startup startup) {
    try {
      open();
      databaseReady.fire(new DatabaseReady(settings));
    } catch (RuntimeException e) {
      // Left running, the server would answer every request with an empty 500 and a supervisor
      // would never learn of it.
      ServerLifeline.exitIfLaunched("Foyer could not start: " + e.getMessage());
      throw e;
    }
    ServerLifeline.stopCleanlyOnSignals(this::close);
    ServerLifeline.stopWhenLauncherEnds();
  }

  private synchronized void open() {
    if (factory != null) {
      return;
    }
    settings =
        RuntimeSettings.read(
            name -> ConfigProvider.getConfig().getOptionalValue(name, String.class));
    List<String> problems = ProductionReadiness.problems(settings);
    if (!problems.isEmpty()) {
      throw new IllegalStateException(
          "Foyer refuses to start in production mode: " + String.join("; ", problems));
    }
    database = Database.open(databaseSettings(settings));
    factory = database.createEntityManagerFactory(FoyerRuntime.class.getClassLoader());
    LOG.info(() -> "Foyer started in " + settings.mode() + " mode");
  }

  private static DatabaseSettings databaseSettings(RuntimeSettings settings) {
    return settings
        .databaseUrl()
        .map(
            url ->
                DatabaseSettings.external(
                    url,
                    settings.databaseUser(),
                    settings.databasePassword(),
                    settings.databaseOwnerUser().orElse(settings.databaseUser()),
                    settings.databaseOwnerPassword()))
        .orElseGet(() -> DatabaseSettings.embedded(settings.dataDirectory().resolve("postgres")));
  }

  @Produces
  public RuntimeSettings settings() {
    open();
    return settings;
  }

  @Produces
  public EntityManagerFactory entityManagerFactory() {
    open();
    return factory;
  }

  public Database database() {
    open();
    return database;
  }

  /** Requests in flight finish first: closing the database under them would answer them 500. */
  @PreDestroy
  void stop() {
    RequestDrain.stopAndAwait(RequestDrain.LIMIT);
    close();
  }

  private synchronized void close() {
    if (factory != null && factory.isOpen()) {
      factory.close();
    }
    if (database != null) {
      database.close();
      database = null;
    }
  }
}
