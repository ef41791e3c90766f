package org.foyer.core.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.foyer.core.tenancy.TenantId;

/**
 * One embedded PostgreSQL per test JVM, migrated exactly as in production, with the entity manager
 * factory and unit of work the services use. Tests share it and tell their data apart by practice,
 * which is also how production shares one database.
 */
public final class TestDatabase {

  private static TestDatabase instance;

  private final Database database;
  private final EntityManagerFactory factory;
  private final UnitOfWork unitOfWork;

  private TestDatabase(Database database) {
    this.database = database;
    this.factory = database.createEntityManagerFactory(TestDatabase.class.getClassLoader());
    this.unitOfWork = new UnitOfWork(factory);
  }

  public static synchronized TestDatabase get() {
    if (instance == null) {
      try {
        Path directory = Files.createTempDirectory("foyer-test-db");
        instance = new TestDatabase(Database.open(DatabaseSettings.embedded(directory)));
        Runtime.getRuntime().addShutdownHook(new Thread(instance::close));
      } catch (IOException e) {
        throw new IllegalStateException(e);
      }
    }
    return instance;
  }

  public Database database() {
    return database;
  }

  public UnitOfWork unitOfWork() {
    return unitOfWork;
  }

  /** The entity manager services receive; valid inside a unit of work. */
  public EntityManager entityManager() {
    return unitOfWork.entityManager();
  }

  public <T> T inTenant(TenantId tenant, UnitOfWork.UncheckedWork<T> work) {
    return unitOfWork.inTenant(tenant, work);
  }

  private void close() {
    factory.close();
    database.close();
  }
}
