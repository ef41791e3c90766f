package org.foyer.admin.packets.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.forms.boundary.FormRequests;
import org.foyer.admin.forms.boundary.PracticeForms;
import org.foyer.admin.packets.entity.IntakePacket;
import org.foyer.admin.packs.PackSummary;
import org.foyer.admin.packs.PracticePacks;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;

/**
 * The packets page: the practice's packets, the chosen packet's items in order (move, include or
 * remove, delete), adding a pack form or a published intake form, and the engine's preview.
 */
@Named("packetsPage")
@ViewScoped
public class PacketsPage implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final String SEPARATOR = "|";

  @Inject transient IntakePackets packets;
  @Inject transient PracticePacks packs;
  @Inject transient PracticeForms forms;
  @Inject transient Instance<Caller> callers;

  private UUID selectedId;
  private String newName;
  private String formToAdd;
  private transient List<PreviewedForm> preview;

  public boolean isAllowed() {
    return callers.get().can(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS);
  }

  public List<PacketSummary> getPackets() {
    return isAllowed() ? packets.listPackets(callers.get()) : List.of();
  }

  public PacketSummary getSelected() {
    if (selectedId == null && isAllowed()) {
      getPackets().stream()
          .filter(PacketSummary::isDefault)
          .findFirst()
          .ifPresent(p -> selectedId = p.id());
    }
    return selectedId == null ? null : packets.getPacket(callers.get(), selectedId);
  }

  public List<PacketItemSummary> getItems() {
    return getSelected() == null ? List.of() : packets.listItems(callers.get(), selectedId);
  }

  /** Choices for "add a form": pack forms as "pack|form", practice versions as their id. */
  public List<Choice> getAddable() {
    List<Choice> choices = new ArrayList<>();
    Caller caller = callers.get();
    for (PackSummary pack : packs.listPacks(caller)) {
      pack.forms().stream()
          .filter(f -> f.kind().equals("INTAKE"))
          .forEach(
              f ->
                  choices.add(
                      new Choice(
                          f.packKey() + SEPARATOR + f.formKey(),
                          f.title() + " (" + pack.name() + ")")));
    }
    forms
        .listPublishedIntakeVersions(caller)
        .forEach(
            v ->
                choices.add(
                    new Choice(
                        v.id().toString(),
                        v.title() + " (practice form, version " + v.number() + ")")));
    return choices;
  }

  /** One option of the "add a form" menu. */
  public record Choice(String value, String label) {}

  public void select(PacketSummary packet) {
    selectedId = packet.id();
    preview = null;
  }

  public void create() {
    PageMessages.LISTED.report(
        () -> {
          selectedId = packets.createPacket(callers.get(), newName).id();
          newName = null;
          return "Packet created with the installed default templates";
        });
  }

  public void makeDefault() {
    PageMessages.LISTED.run(
        () -> packets.makeDefault(callers.get(), selectedId), "Default packet set");
  }

  public void archive() {
    if (PageMessages.LISTED.run(
        () -> packets.archive(callers.get(), selectedId), "Packet archived")) {
      selectedId = null;
    }
  }

  public void add() {
    String choice = formToAdd == null ? "" : formToAdd;
    PageMessages.LISTED.run(
        () -> {
          int split = choice.indexOf(SEPARATOR);
          if (split > 0) {
            packets.addPackForm(
                callers.get(), selectedId, choice.substring(0, split), choice.substring(split + 1));
          } else {
            packets.addPracticeForm(
                callers.get(), selectedId, FormRequests.id(choice, "That intake form version"));
          }
        },
        "Form added at the end of the packet");
  }

  public void move(PacketItemSummary item, int by) {
    PageMessages.LISTED.run(
        () -> packets.moveItem(callers.get(), selectedId, item.id(), item.position() + by),
        "Order changed");
  }

  public void toggle(PacketItemSummary item) {
    PageMessages.LISTED.run(
        () -> packets.setIncluded(callers.get(), selectedId, item.id(), !item.included()),
        item.included() ? "Removed from the packet" : "Included in the packet");
  }

  public void delete(PacketItemSummary item) {
    PageMessages.LISTED.run(
        () -> packets.deleteItem(callers.get(), selectedId, item.id()), "Item deleted");
  }

  public void showPreview() {
    PageMessages.LISTED.report(
        () -> {
          preview = packets.preview(callers.get(), selectedId);
          return "Preview of " + preview.size() + " forms";
        });
  }

  public List<PreviewedForm> getPreview() {
    return preview;
  }

  public String getNewName() {
    return newName;
  }

  public void setNewName(String newName) {
    this.newName = newName;
  }

  public String getFormToAdd() {
    return formToAdd;
  }

  public void setFormToAdd(String formToAdd) {
    this.formToAdd = formToAdd;
  }

  public int getNameLength() {
    return IntakePacket.NAME_LENGTH;
  }
}
