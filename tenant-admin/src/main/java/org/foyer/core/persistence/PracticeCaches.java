package org.foyer.core.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.tenancy.TenantId;

/**
 * Values a practice reads on nearly every request and changes rarely (its settings), kept in memory
 * between requests.
 *
 * <p>A change is announced from the writing unit of work with PostgreSQL's NOTIFY, which the
 * database delivers only when that unit commits, to every Foyer instance on the database, this one
 * included. Each instance then drops the practice's value, so an instance of a cluster never keeps
 * serving what another one changed. Nothing is kept while the listening connection is down (an
 * instance that may have missed a notice reads from the database like before), and everything is
 * dropped when it comes back.
 */
@ApplicationScoped
public class PracticeCaches {

  /** The PostgreSQL channel of the notices; the payload is the kind and the practice. */
  public static final String CHANNEL = "foyer_practice_change";

  private final Map<String, PracticeCache<?>> caches = new ConcurrentHashMap<>();
  private UnitOfWork unitOfWork;
  private volatile boolean listening;

  protected PracticeCaches() {}

  @Inject
  public PracticeCaches(UnitOfWork unitOfWork) {
    this.unitOfWork = unitOfWork;
  }

  /** Caches that never keep anything, for services built without a listener (tests, tools). */
  public static PracticeCaches disabled() {
    return new PracticeCaches(null);
  }

  /** The cache of one kind of value, created on first use. */
  @SuppressWarnings("unchecked")
  public <V> PracticeCache<V> cache(String kind) {
    if (kind.contains(" ")) {
      throw new IllegalArgumentException("a cache kind is one word: " + kind);
    }
    return (PracticeCache<V>) caches.computeIfAbsent(kind, name -> new PracticeCache<>(name, this));
  }

  /** Whether values may be kept: only while notices of changes are being received. */
  boolean keeping() {
    return listening && unitOfWork != null;
  }

  /**
   * The practice whose rows the running unit of work reads: the only one a value may be kept for
   * (the thread's current practice can differ from it, or be unset, in background work).
   */
  Optional<TenantId> practiceOfThisUnit() {
    return unitOfWork == null ? Optional.empty() : unitOfWork.currentTenant();
  }

  /** Whether a value must be read in a unit of work of its own: none runs on this thread. */
  boolean needsAUnit() {
    return unitOfWork != null && !unitOfWork.isActive();
  }

  /** Runs the reading in a read-only unit of work for the thread's current practice. */
  <V> V inReadingUnit(Supplier<V> reading) {
    return unitOfWork.run(Tenancy.current().orElse(null), true, reading::get);
  }

  boolean changedInThisUnit(String kind, TenantId tenant) {
    return unitOfWork != null && unitOfWork.hasNotified(CHANNEL, payload(kind, tenant));
  }

  void announce(String kind) {
    Optional<TenantId> practice = practiceOfThisUnit();
    if (practice.isEmpty()) {
      return;
    }
    TenantId tenant = practice.get();
    unitOfWork.notifyOnCommit(CHANNEL, payload(kind, tenant));
    PracticeCache<?> cache = caches.get(kind);
    if (cache != null) {
      // This instance forgets as soon as it commits; the notice reaches the others.
      unitOfWork.afterCommit(() -> cache.forget(tenant));
    }
  }

  /** The listener is connected (true) or lost its connection (false); either way, forget all. */
  void listening(boolean listening) {
    this.listening = listening;
    caches.values().forEach(PracticeCache::forgetAll);
  }

  /** A notice from the database: the named kind of value changed for the practice. */
  void received(String payload) {
    int space = payload.indexOf(' ');
    PracticeCache<?> cache = space < 0 ? null : caches.get(payload.substring(0, space));
    if (cache == null) {
      return;
    }
    try {
      cache.forget(TenantId.of(payload.substring(space + 1)));
    } catch (IllegalArgumentException e) {
      cache.forgetAll();
    }
  }

  private static String payload(String kind, TenantId tenant) {
    return kind + ' ' + tenant;
  }
}
