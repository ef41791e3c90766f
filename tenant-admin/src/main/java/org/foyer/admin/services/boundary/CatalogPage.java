package org.foyer.admin.services.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.pages.PageMessages;
import org.foyer.admin.services.entity.CatalogEntry;
import org.foyer.admin.services.entity.Removal;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;

/**
 * What the service types and locations pages share: the list with archived entries, an edit form
 * with a name, and adding, revising, archiving, restoring and removing, each reported beside the
 * form. The service checks "Manage service types and locations" on every action; a subclass adds
 * its kind's own fields and names its own service.
 *
 * @param <D> the kind's details, built from the form's fields
 */
public abstract class CatalogPage<T extends CatalogEntry, D> implements Serializable {

  private static final long serialVersionUID = 1L;

  // Looked up per action: the view outlives a request, the caller's capabilities must not.
  @Inject transient Instance<Caller> callers;

  private transient List<T> list;
  private UUID editedId;
  private String name;

  /** The kind's service, which checks every rule again. */
  protected abstract CatalogService<T, D> service();

  /** The details the form's fields describe, under this name. */
  protected abstract D details(String name);

  /** Fills the kind's own fields from an entry being edited. */
  protected abstract void showFields(T entry);

  /** Resets the kind's own fields for a new entry. */
  protected abstract void clearFields();

  /** Every entry, archived ones included; none when the caller may not manage the catalogue. */
  protected List<T> entries() {
    if (list == null && !isAllowed()) {
      return List.of();
    }
    if (list == null) {
      list = service().list(callers.get(), true);
    }
    return list;
  }

  public void edit(T entry) {
    editedId = entry.id();
    name = entry.name();
    showFields(entry);
  }

  public void clear() {
    editedId = null;
    name = null;
    clearFields();
  }

  public void save() {
    if (PageMessages.BESIDE_INPUTS.run(
        this::saveEntry, kindInWords() + " \"" + name + "\" saved")) {
      clear();
    }
    list = null;
  }

  /** "Service type": how the confirmation of a save names the kind. */
  private String kindInWords() {
    String noun = service().noun();
    return Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
  }

  /** Adds an entry from the form's fields, or revises the one being edited. */
  private void saveEntry() {
    Caller caller = callers.get();
    if (editedId == null) {
      service().add(caller, details(name));
    } else {
      service().revise(caller, editedId, details(name));
    }
  }

  public void archive(T entry) {
    PageMessages.BESIDE_INPUTS.run(
        () -> service().archive(callers.get(), entry.id()), "\"" + entry.name() + "\" archived");
    list = null;
  }

  public void restore(T entry) {
    PageMessages.BESIDE_INPUTS.run(
        () -> service().restore(callers.get(), entry.id()), "\"" + entry.name() + "\" restored");
    list = null;
  }

  public void remove(T entry) {
    PageMessages.BESIDE_INPUTS.report(
        () ->
            service().remove(callers.get(), entry.id()) == Removal.DELETED
                ? "\"" + entry.name() + "\" deleted"
                : "\"" + entry.name() + "\" is in use, so it was archived instead of deleted");
    list = null;
  }

  /** Whether to show the page's form; the service checks again on every action. */
  public boolean isAllowed() {
    return callers.get().can(Capability.MANAGE_SERVICES_AND_LOCATIONS);
  }

  public boolean isEditing() {
    return editedId != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public int getNameLength() {
    return CatalogEntry.NAME_LENGTH;
  }
}
