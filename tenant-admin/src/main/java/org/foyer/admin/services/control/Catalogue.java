package org.foyer.admin.services.control;

import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.StreamSupport;
import org.foyer.admin.services.CatalogChanged;
import org.foyer.admin.services.entity.CatalogEntry;
import org.foyer.admin.services.entity.Removal;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;

/**
 * The rules service types and locations share: every staff member reads the active entries, only
 * holders of "Manage service types and locations" change them or see archived ones, active names
 * are unique without regard to case, and an entry in use is archived instead of deleted. Used
 * inside the transaction of the service types' or the locations' service, which keep their kind's
 * own rules.
 */
public final class Catalogue<T extends CatalogEntry> {

  private final EntityManager em;
  private final Iterable<CatalogUsage> usages;
  private final Event<CatalogChanged> changed;
  private final Class<T> type;
  private final String noun;
  private final BiPredicate<CatalogUsage, UUID> uses;

  /**
   * @param noun the kind in words, as audit records and messages name it ("service type")
   * @param uses asks one {@link CatalogUsage} whether it refers to an entry of this kind
   */
  public Catalogue(
      EntityManager em,
      Iterable<CatalogUsage> usages,
      Event<CatalogChanged> changed,
      Class<T> type,
      String noun,
      BiPredicate<CatalogUsage, UUID> uses) {
    this.em = em;
    this.usages = usages;
    this.changed = changed;
    this.type = type;
    this.noun = noun;
    this.uses = uses;
  }

  /** "That service type": the words of its not-found and refusal messages. */
  private static String what(String noun) {
    return "That " + noun;
  }

  /** The kind in words, as audit records and messages name it ("service type"). */
  public String noun() {
    return noun;
  }

  public List<T> list(Caller caller, boolean includeArchived) {
    requireStaff(caller);
    if (includeArchived) {
      caller.require(Capability.MANAGE_SERVICES_AND_LOCATIONS, what(noun));
    }
    return entries(includeArchived);
  }

  /** The active entries, for a feature that has checked its own caller (portal booking). */
  public List<T> listActive() {
    return entries(false);
  }

  private List<T> entries(boolean includeArchived) {
    return em.createQuery(
            "SELECT e FROM "
                + entityName()
                + " e WHERE e.archived = false OR :all = true"
                + " ORDER BY e.archived, LOWER(e.name)",
            type)
        .setParameter("all", includeArchived)
        .getResultList();
  }

  public T getActive(Caller caller, UUID id) {
    T entry = find(caller, id);
    if (entry.isArchived()) {
      throw new NotFound(what(noun));
    }
    return entry;
  }

  /** Checks the capability before the details, so a caller without it learns nothing of them. */
  public T add(Caller caller, Supplier<T> create) {
    caller.require(Capability.MANAGE_SERVICES_AND_LOCATIONS, what(noun));
    T entry = create.get();
    requireUniqueName(entry);
    em.persist(entry);
    fire(caller, "added", entry.id());
    return entry;
  }

  public T revise(Caller caller, UUID id, Consumer<T> revision) {
    T entry = managed(caller, id);
    revision.accept(entry);
    if (!entry.isArchived()) {
      requireUniqueName(entry);
    }
    fire(caller, "revised", id);
    return entry;
  }

  public T archive(Caller caller, UUID id) {
    T entry = managed(caller, id);
    entry.archive();
    fire(caller, "archived", id);
    return entry;
  }

  /** An archived name may have been taken meanwhile, so restoring checks it again. */
  public T restore(Caller caller, UUID id) {
    T entry = managed(caller, id);
    requireUniqueName(entry);
    entry.restore();
    fire(caller, "restored", id);
    return entry;
  }

  /** Deletes an entry nothing refers to; one in use is archived instead. */
  public Removal remove(Caller caller, UUID id) {
    T entry = managed(caller, id);
    boolean inUse =
        StreamSupport.stream(usages.spliterator(), false).anyMatch(u -> uses.test(u, id));
    if (inUse) {
      entry.archive();
      fire(caller, "archived (in use)", id);
      return Removal.ARCHIVED;
    }
    em.remove(entry);
    fire(caller, "deleted", id);
    return Removal.DELETED;
  }

  private T managed(Caller caller, UUID id) {
    caller.require(Capability.MANAGE_SERVICES_AND_LOCATIONS, what(noun));
    return find(caller, id);
  }

  /** Portal users and anonymous callers, like other practices, find nothing here. */
  private T find(Caller caller, UUID id) {
    requireStaff(caller);
    T entry = id == null ? null : em.find(type, id);
    if (entry == null) {
      throw new NotFound(what(noun));
    }
    return entry;
  }

  private void requireUniqueName(T entry) {
    long clashes =
        em.createQuery(
                "SELECT COUNT(e) FROM "
                    + entityName()
                    + " e WHERE e.archived = false"
                    + " AND LOWER(e.name) = LOWER(:name) AND e.id <> :self",
                Long.class)
            .setParameter("name", entry.name())
            .setParameter("self", entry.id())
            .getSingleResult();
    if (clashes > 0) {
      String message = "Another active " + noun + " is already called \"" + entry.name() + "\"";
      throw new InvalidInput(message, Map.of("name", message));
    }
  }

  private void requireStaff(Caller caller) {
    if (!caller.isStaff()) {
      throw new NotFound(what(noun));
    }
  }

  /** Neither entity renames itself, so JPQL knows it by its class's simple name. */
  private String entityName() {
    return type.getSimpleName();
  }

  private void fire(Caller caller, String what, UUID id) {
    changed.fire(new CatalogChanged(caller.email(), noun + " " + what, id));
  }
}
