package org.foyer.core.persistence;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.logging.Logger;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.jpa.PersistenceProvider;
import org.flywaydb.core.Flyway;

/**
 * A running Foyer database: started (embedded) or reached (external), migrated by the owner role,
 * and verified to bind the application role by row-level security before anyone uses it.
 */
public final class Database implements AutoCloseable {

  private static final Logger LOG = Logger.getLogger(Database.class.getName());
  private static final String EMBEDDED_DATABASE = "foyer";

  /**
   * The library starts PostgreSQL as for throw-away tests: {@code -F} (fsync off) and
   * synchronous_commit off, so commits acknowledged just before a crash were lost. A {@code -c}
   * option given after {@code -F} wins, so these restore PostgreSQL's durable defaults. Tests run
   * the same way: there is one start-up path, and it is the one people run.
   */
  static final Map<String, String> DURABLE =
      Map.of("fsync", "on", "synchronous_commit", "on", "full_page_writes", "on");

  private final EmbeddedPostgres embedded;
  private final String url;
  private final DatabaseSettings settings;

  private Database(EmbeddedPostgres embedded, String url, DatabaseSettings settings) {
    this.embedded = embedded;
    this.url = url;
    this.settings = settings;
  }

  /** Starts or reaches the database, applies migrations and checks the application role. */
  public static Database open(DatabaseSettings settings) {
    Database database = settings.isEmbedded() ? startEmbedded(settings) : external(settings);
    try {
      database.migrate();
      database.verifyApplicationRole();
      return database;
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static Database external(DatabaseSettings settings) {
    return new Database(null, withUnspecifiedStrings(settings.url()), settings);
  }

  private static Database startEmbedded(DatabaseSettings settings) {
    try {
      Path directory = settings.dataDirectory().toAbsolutePath();
      Files.createDirectories(directory);
      LeftoverPostmaster.stopIfOrphaned(directory);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(directory)
              .setCleanDataDirectory(false)
              .setServerConfig("max_connections", "60");
      DURABLE.forEach(builder::setServerConfig);
      EmbeddedPostgres postgres = builder.start();
      try (Connection admin = postgres.getPostgresDatabase().getConnection();
          Statement statement = admin.createStatement()) {
        createRoleIfMissing(statement, DatabaseSettings.EMBEDDED_OWNER_ROLE, "");
        createRoleIfMissing(statement, DatabaseSettings.EMBEDDED_APP_ROLE, " NOBYPASSRLS");
        try (ResultSet exists =
            statement.executeQuery(
                "SELECT 1 FROM pg_database WHERE datname = '" + EMBEDDED_DATABASE + "'")) {
          if (!exists.next()) {
            statement.execute(
                "CREATE DATABASE "
                    + EMBEDDED_DATABASE
                    + " OWNER "
                    + DatabaseSettings.EMBEDDED_OWNER_ROLE);
          }
        }
      }
      String url =
          withUnspecifiedStrings(
              "jdbc:postgresql://localhost:" + postgres.getPort() + "/" + EMBEDDED_DATABASE);
      LOG.info(
          () ->
              "Embedded PostgreSQL running on port "
                  + postgres.getPort()
                  + ", data in "
                  + directory);
      return new Database(postgres, url, settings);
    } catch (IOException | SQLException e) {
      throw new IllegalStateException(
          "Could not start the embedded PostgreSQL: " + e.getMessage(), e);
    }
  }

  private static void createRoleIfMissing(Statement statement, String role, String options)
      throws SQLException {
    try (ResultSet exists =
        statement.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
      if (exists.next()) {
        return;
      }
    }
    statement.execute("CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEROLE" + options);
  }

  /** Strings bind as untyped so the tenant discriminator compares with {@code uuid} columns. */
  private static String withUnspecifiedStrings(String url) {
    if (url.contains("stringtype=")) {
      return url;
    }
    return url + (url.contains("?") ? "&" : "?") + "stringtype=unspecified";
  }

  private void migrate() {
    Flyway.configure(Database.class.getClassLoader())
        .dataSource(url, settings.ownerUser(), settings.ownerPassword())
        .locations("classpath:db/migration")
        .placeholders(Map.of("appRole", settings.appUser()))
        .load()
        .migrate();
  }

  /**
   * Refuses to run when the application role could step around row-level security: a superuser, a
   * role with BYPASSRLS, or one owning a table (owners are exempt unless RLS is forced).
   */
  private void verifyApplicationRole() {
    try (Connection connection = openAppConnection();
        Statement statement = connection.createStatement();
        ResultSet role =
            statement.executeQuery(
                "SELECT r.rolsuper, r.rolbypassrls,"
                    + " (SELECT count(*) FROM pg_tables t WHERE t.tableowner = current_user)"
                    + " FROM pg_roles r WHERE r.rolname = current_user")) {
      role.next();
      if (role.getBoolean(1) || role.getBoolean(2) || role.getLong(3) > 0) {
        throw new IllegalStateException(
            "The application database role '"
                + settings.appUser()
                + "' must not be a superuser, have BYPASSRLS or own tables: row-level security"
                + " would not bind it");
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not check the application role: " + e.getMessage(), e);
    }
  }

  /** A raw connection as the application role, for checks and for tests that probe RLS. */
  public Connection openAppConnection() throws SQLException {
    return DriverManager.getConnection(url, settings.appUser(), settings.appPassword());
  }

  /** A raw connection as the schema owner; only for administrative steps and tests. */
  public Connection openOwnerConnection() throws SQLException {
    return DriverManager.getConnection(url, settings.ownerUser(), settings.ownerPassword());
  }

  /** The entity manager factory of the application role, with the shared cache off. */
  public EntityManagerFactory createEntityManagerFactory(ClassLoader classLoader) {
    Map<String, Object> properties = new HashMap<>();
    properties.put(PersistenceUnitProperties.JDBC_DRIVER, "org.postgresql.Driver");
    properties.put(PersistenceUnitProperties.JDBC_URL, url);
    properties.put(PersistenceUnitProperties.JDBC_USER, settings.appUser());
    properties.put(PersistenceUnitProperties.JDBC_PASSWORD, settings.appPassword());
    properties.put(PersistenceUnitProperties.TARGET_DATABASE, "PostgreSQL");
    properties.put(PersistenceUnitProperties.WEAVING, "false");
    properties.put(PersistenceUnitProperties.DDL_GENERATION, PersistenceUnitProperties.NONE);
    // A shared cache would outlive the transaction's tenant and hold other instances' stale rows.
    properties.put(PersistenceUnitProperties.CACHE_SHARED_DEFAULT, "false");
    properties.put(PersistenceUnitProperties.MULTITENANT_SHARED_CACHE, "false");
    properties.put(PersistenceUnitProperties.CONNECTION_POOL_MIN, "2");
    properties.put(PersistenceUnitProperties.CONNECTION_POOL_MAX, "20");
    properties.put(PersistenceUnitProperties.LOGGING_LOGGER, "JavaLogger");
    properties.put(PersistenceUnitProperties.LOGGING_LEVEL, "WARNING");
    properties.put(PersistenceUnitProperties.CLASSLOADER, classLoader);
    return new PersistenceProvider()
        .createContainerEntityManagerFactory(new FoyerPersistenceUnit(classLoader), properties);
  }

  /**
   * Deletes what opening a database left in the temporary directory, for a process about to end
   * without running its exit hooks. No entity manager factory may be created afterwards.
   */
  public static void deleteTemporaryFiles() {
    FoyerPersistenceUnit.deleteEmptyRoot();
  }

  public boolean isEmbedded() {
    return embedded != null;
  }

  @Override
  public void close() {
    if (embedded != null) {
      try {
        embedded.close();
      } catch (IOException e) {
        LOG.warning(() -> "Embedded PostgreSQL did not stop cleanly: " + e.getMessage());
      }
    }
  }
}
