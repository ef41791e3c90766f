package org.foyer.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.FlushModeType;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.foyer.core.errors.StorageFull;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.tenancy.TenantId;

/**
 * One entity manager and one database transaction per unit of work, bound to one practice.
 *
 * <p>The practice is applied twice: as EclipseLink's tenant property (query criteria, key) and as
 * the transaction-local PostgreSQL setting {@code foyer.tenant_id} that row-level security reads.
 * The setting is {@code set_config(..., true)}, the SQL form of {@code SET LOCAL}, so it ends with
 * the transaction and can never follow a pooled connection into another practice's request.
 */
@ApplicationScoped
public class UnitOfWork {

  /** EclipseLink context property naming the practice of an entity manager. */
  public static final String TENANT_PROPERTY = "foyer.tenant";

  /** EclipseLink hint allowing one reviewed native statement on a multitenant entity manager. */
  public static final String REVIEWED_NATIVE_SQL = "eclipselink.jdbc.allow-native-sql-query";

  private static final String PREPARE_READ_WRITE = "SELECT set_config('foyer.tenant_id', ?, true)";
  private static final String PREPARE_READ_ONLY =
      "SELECT set_config('foyer.tenant_id', ?, true), set_config('transaction_read_only', 'on', true)";

  private final ThreadLocal<Active> active = new ThreadLocal<>();
  private EntityManagerFactory factory;
  private EntityManager sharedProxy;

  protected UnitOfWork() {}

  @Inject
  public UnitOfWork(EntityManagerFactory factory) {
    this.factory = factory;
    this.sharedProxy =
        (EntityManager)
            Proxy.newProxyInstance(
                EntityManager.class.getClassLoader(),
                new Class<?>[] {EntityManager.class},
                (proxy, method, args) -> {
                  if (method.getDeclaringClass() == Object.class) {
                    return method.invoke(this, args);
                  }
                  try {
                    return method.invoke(current().entityManager, args);
                  } catch (InvocationTargetException e) {
                    throw e.getCause();
                  }
                });
  }

  /**
   * The entity manager of the unit of work running on this thread, for injection into services.
   * Using it outside a {@link Transactional} method fails rather than silently reading without a
   * practice.
   */
  @Produces
  public EntityManager entityManager() {
    return sharedProxy;
  }

  /** Runs work in a transaction for the practice, or joins the one already running. */
  public <T> T call(TenantId tenant, boolean readOnly, Callable<T> work) throws Exception {
    Active running = active.get();
    if (running != null) {
      if (running.tenant != null && tenant != null && !running.tenant.equals(tenant)) {
        throw new IllegalStateException("a unit of work cannot switch practice");
      }
      return work.call();
    }
    EntityManager entityManager =
        tenant == null
            ? factory.createEntityManager()
            : factory.createEntityManager(Map.of(TENANT_PROPERTY, tenant.toString()));
    active.set(new Active(tenant, entityManager));
    try {
      entityManager.getTransaction().begin();
      prepareConnection(entityManager.unwrap(Connection.class), tenant, readOnly);
      T result = work.call();
      entityManager.getTransaction().commit();
      active.get().afterCommit.forEach(Runnable::run);
      return result;
    } catch (RuntimeException e) {
      if (StorageFull.explains(e) && !(e instanceof StorageFull)) {
        throw new StorageFull(e);
      }
      throw e;
    } finally {
      try {
        if (entityManager.getTransaction().isActive()) {
          entityManager.getTransaction().rollback();
        }
        entityManager.close();
      } finally {
        active.remove();
      }
    }
  }

  /** {@link #call} for code that throws only unchecked exceptions. */
  public <T> T run(TenantId tenant, boolean readOnly, UncheckedWork<T> work) {
    try {
      return call(tenant, readOnly, work::get);
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** Writing work for the practice, which is also made the thread's current practice. */
  public <T> T inTenant(TenantId tenant, UncheckedWork<T> work) {
    return Tenancy.as(tenant, () -> run(tenant, false, work));
  }

  /**
   * Sends a PostgreSQL notice on the unit of work's own connection: the database delivers it to
   * every listener when this unit commits, and never if it rolls back.
   */
  public void notifyOnCommit(String channel, String payload) {
    Active running = current();
    try (PreparedStatement statement =
        running.entityManager.unwrap(Connection.class).prepareStatement("SELECT pg_notify(?, ?)")) {
      statement.setString(1, channel);
      statement.setString(2, payload);
      statement.execute();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not announce a change: " + e.getMessage(), e);
    }
    running.notified.add(channel + '\n' + payload);
  }

  /** Whether the unit of work on this thread has sent this notice (it is not delivered yet). */
  public boolean hasNotified(String channel, String payload) {
    Active running = active.get();
    return running != null && running.notified.contains(channel + '\n' + payload);
  }

  /** Runs the action once the unit of work on this thread has committed; not if it rolls back. */
  public void afterCommit(Runnable action) {
    current().afterCommit.add(action);
  }

  /** The practice of the unit of work running on this thread, if it has one. */
  public Optional<TenantId> currentTenant() {
    Active running = active.get();
    return running == null ? Optional.empty() : Optional.ofNullable(running.tenant);
  }

  /**
   * Waits for, and holds until the unit of work ends, the named locks, taken in the order of their
   * names so that two units of work wanting overlapping sets cannot each hold what the other waits
   * for. Pending writes are not flushed first: a caller locks in order to write after the holder
   * before it has committed. Reviewed native SQL: JPA has no advisory locks; the statement reads
   * and writes no table, so EclipseLink's missing tenant criteria cannot leak anything. A name is
   * hashed to 64 bits, and a collision would only make two unrelated writers wait for each other.
   */
  public static void holdLocks(EntityManager entityManager, Collection<String> names) {
    for (String name : new TreeSet<>(names)) {
      entityManager
          .createNativeQuery(
              "SELECT CAST(pg_advisory_xact_lock(hashtextextended(CAST(? AS text), 0)) AS text)")
          .setParameter(1, name)
          .setHint(REVIEWED_NATIVE_SQL, true)
          .setFlushMode(FlushModeType.COMMIT)
          .getSingleResult();
    }
  }

  /** Whether a unit of work is running on this thread. */
  public boolean isActive() {
    return active.get() != null;
  }

  private Active current() {
    Active running = active.get();
    if (running == null) {
      throw new IllegalStateException("database used outside a @Transactional service method");
    }
    return running;
  }

  /**
   * One round trip: the practice for row-level security and, for reading work, the read-only mode
   * ({@code transaction_read_only} is what {@code SET TRANSACTION READ ONLY} sets, and turning it
   * on is allowed at any point of the transaction).
   */
  private static void prepareConnection(Connection connection, TenantId tenant, boolean readOnly)
      throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement(readOnly ? PREPARE_READ_ONLY : PREPARE_READ_WRITE)) {
      statement.setString(1, tenant == null ? "" : tenant.toString());
      statement.execute();
    }
  }

  /** Work without checked exceptions. */
  @FunctionalInterface
  public interface UncheckedWork<T> {
    T get();
  }

  private record Active(
      TenantId tenant,
      EntityManager entityManager,
      Set<String> notified,
      List<Runnable> afterCommit) {

    Active(TenantId tenant, EntityManager entityManager) {
      this(tenant, entityManager, new HashSet<>(), new ArrayList<>());
    }
  }
}
