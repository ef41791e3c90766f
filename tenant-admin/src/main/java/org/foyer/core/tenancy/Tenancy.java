package org.foyer.core.tenancy;

import java.util.Optional;
import java.util.function.Supplier;

/**
 * The practice the current thread works for. Set once per request by the tenant filter (from the
 * signed-in account, or from the URL before sign-in) and by background jobs per claimed item;
 * always restored in a {@code finally}, so a pooled thread never carries a practice into the next
 * request.
 */
public final class Tenancy {

  private static final ThreadLocal<TenantId> CURRENT = new ThreadLocal<>();

  private Tenancy() {}

  public static Optional<TenantId> current() {
    return Optional.ofNullable(CURRENT.get());
  }

  /** The current practice, or an exception when the thread works for none. */
  public static TenantId require() {
    return current().orElseThrow(() -> new IllegalStateException("no practice on this thread"));
  }

  /** Runs work for the practice and restores whatever was current before. */
  public static <T> T as(TenantId tenant, Supplier<T> work) {
    try (Scope scope = enter(tenant)) {
      return work.get();
    }
  }

  /**
   * Makes the practice current until the returned scope is closed (try-with-resources), for code
   * whose checked exceptions a {@link Supplier} cannot carry.
   */
  public static Scope enter(TenantId tenant) {
    TenantId previous = CURRENT.get();
    CURRENT.set(tenant);
    return () -> {
      if (previous == null) {
        CURRENT.remove();
      } else {
        CURRENT.set(previous);
      }
    };
  }

  /** Restores the previous practice when closed. */
  @FunctionalInterface
  public interface Scope extends AutoCloseable {
    @Override
    void close();
  }

  /** {@link #as(TenantId, Supplier)} for work without a result. */
  public static void run(TenantId tenant, Runnable work) {
    as(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }
}
