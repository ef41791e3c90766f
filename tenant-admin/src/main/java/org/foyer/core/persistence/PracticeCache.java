package org.foyer.core.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.tenancy.TenantId;

/**
 * One kind of per-practice value kept by {@link PracticeCaches}. Values must be immutable: the same
 * instance is handed to every request of the practice.
 */
public final class PracticeCache<V> {

  private final String kind;
  private final PracticeCaches owner;
  private final Map<TenantId, V> values = new HashMap<>();
  // Bumped by every forget, so a value read before a change cannot be stored after it.
  private long generation;

  PracticeCache(String kind, PracticeCaches owner) {
    this.kind = kind;
    this.owner = owner;
  }

  /**
   * The current practice's value, read by {@code load} (inside the caller's unit of work) when it
   * is not kept, when the listener is down, or when this unit of work has just changed it.
   */
  public V get(Supplier<V> load) {
    TenantId tenant = Tenancy.require();
    if (!owner.keeping() || owner.changedInThisUnit(kind, tenant)) {
      return load.get();
    }
    long readAt;
    synchronized (this) {
      V kept = values.get(tenant);
      if (kept != null) {
        return kept;
      }
      readAt = generation;
    }
    V loaded = load.get();
    synchronized (this) {
      if (generation == readAt && loaded != null) {
        values.put(tenant, loaded);
      }
    }
    return loaded;
  }

  /**
   * Announces, from inside the writing unit of work, that the current practice's value changes:
   * every instance forgets it once the unit commits.
   */
  public void changed() {
    owner.announce(kind, Tenancy.require());
  }

  synchronized void forget(TenantId tenant) {
    generation++;
    values.remove(tenant);
  }

  synchronized void forgetAll() {
    generation++;
    values.clear();
  }
}
