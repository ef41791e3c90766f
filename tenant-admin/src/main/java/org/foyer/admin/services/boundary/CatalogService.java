package org.foyer.admin.services.boundary;

import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.foyer.admin.services.control.Catalogue;
import org.foyer.admin.services.entity.CatalogEntry;
import org.foyer.admin.services.entity.Removal;
import org.foyer.core.access.Caller;
import org.foyer.core.persistence.Transactional;

/**
 * The service of one catalogue kind: the transactions around {@link Catalogue}'s shared rules, with
 * the kind's details checked by its entity. {@link ServiceTypes} and {@link Locations} are its two
 * kinds; each adds only the choices it offers staff.
 *
 * @param <D> the kind's details, from which an entry is made or revised
 */
public abstract class CatalogService<T extends CatalogEntry, D> {

  private Catalogue<T> catalogue;
  private Function<D, T> create;
  private BiConsumer<T, D> revision;

  /** For CDI's proxy of the subclass. */
  protected CatalogService() {}

  protected CatalogService(
      Catalogue<T> catalogue, Function<D, T> create, BiConsumer<T, D> revision) {
    this.catalogue = catalogue;
    this.create = create;
    this.revision = revision;
  }

  /** The kind in words ("service type"). */
  public String noun() {
    return catalogue.noun();
  }

  /** The active entries, for a feature that has checked its own caller (portal booking). */
  protected List<T> listActive() {
    return catalogue.listActive();
  }

  /** Active entries by name; with {@code includeArchived}, for managers only. */
  @Transactional(readOnly = true)
  public List<T> list(Caller caller, boolean includeArchived) {
    return catalogue.list(caller, includeArchived);
  }

  /** An active entry any staff member may choose; archived or unknown ones are not found. */
  @Transactional(readOnly = true)
  public T getActive(Caller caller, UUID id) {
    return catalogue.getActive(caller, id);
  }

  @Transactional
  public T add(Caller caller, D details) {
    return catalogue.add(caller, () -> create.apply(details));
  }

  @Transactional
  public T revise(Caller caller, UUID id, D details) {
    return catalogue.revise(caller, id, entry -> revision.accept(entry, details));
  }

  @Transactional
  public T archive(Caller caller, UUID id) {
    return catalogue.archive(caller, id);
  }

  @Transactional
  public T restore(Caller caller, UUID id) {
    return catalogue.restore(caller, id);
  }

  /** Deletes an entry nothing refers to; one in use is archived instead. */
  @Transactional
  public Removal remove(Caller caller, UUID id) {
    return catalogue.remove(caller, id);
  }
}
