package org.foyer.core.persistence;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
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
   * The value of the practice of the running unit of work, read by {@code load} (inside that unit)
   * when it is not kept, when the listener is down, when this unit of work has just changed it, or
   * when no unit of work with a practice runs. Called outside any unit of work, it answers for the
   * thread's current practice, opening a reading unit only to load.
   */
  public V get(Supplier<V> load) {
    if (owner.needsAUnit()) {
      // Called before any unit of work of the request: a value kept for the thread's practice
      // needs no transaction at all (a hit used to cost three round trips for nothing); reading
      // one opens a reading unit for that practice, where the rules below apply.
      Optional<TenantId> requested = Tenancy.current();
      if (requested.isPresent() && owner.keeping()) {
        synchronized (this) {
          V kept = values.get(requested.get());
          if (kept != null) {
            return kept;
          }
        }
      }
      return owner.inReadingUnit(() -> get(load));
    }
    Optional<TenantId> practice = owner.practiceOfThisUnit();
    if (practice.isEmpty() || !owner.keeping() || owner.changedInThisUnit(kind, practice.get())) {
      return load.get();
    }
    TenantId tenant = practice.get();
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
   * Announces, from inside the writing unit of work, that its practice's value changes: every
   * instance forgets it once the unit commits.
   */
  public void changed() {
    owner.announce(kind);
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
