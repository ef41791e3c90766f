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
 * its kind's own fields and calls its own service.
 */
public abstract class CatalogPage<T extends CatalogEntry> implements Serializable {

  private static final long serialVersionUID = 1L;

  // Looked up per action: the view outlives a request, the caller's capabilities must not.
  @Inject transient Instance<Caller> callers;

  private transient List<T> list;
  private UUID editedId;
  private String name;

  /** "Location": how the confirmation of a save names the kind. */
  protected abstract String kind();

  protected abstract List<T> listEntries(Caller caller);

  /** Adds an entry from the form's fields, or revises the one with this id. */
  protected abstract void saveEntry(Caller caller, UUID editedId, String name);

  protected abstract void archiveEntry(Caller caller, UUID id);

  protected abstract void restoreEntry(Caller caller, UUID id);

  protected abstract Removal removeEntry(Caller caller, UUID id);

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
      list = listEntries(callers.get());
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
        () -> saveEntry(callers.get(), editedId, name), kind() + " \"" + name + "\" saved")) {
      clear();
    }
    list = null;
  }

  public void archive(T entry) {
    PageMessages.BESIDE_INPUTS.run(
        () -> archiveEntry(callers.get(), entry.id()), "\"" + entry.name() + "\" archived");
    list = null;
  }

  public void restore(T entry) {
    PageMessages.BESIDE_INPUTS.run(
        () -> restoreEntry(callers.get(), entry.id()), "\"" + entry.name() + "\" restored");
    list = null;
  }

  public void remove(T entry) {
    PageMessages.BESIDE_INPUTS.report(
        () ->
            removeEntry(callers.get(), entry.id()) == Removal.DELETED
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
