package org.foyer.intake.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.foyer.admin.forms.boundary.IntakeFormVersion;
import org.foyer.admin.forms.boundary.PracticeForms;
import org.foyer.admin.packets.PacketItemSource;
import org.foyer.admin.packets.boundary.PacketItemSummary;
import org.foyer.admin.packs.PackSummary;
import org.foyer.admin.packs.PracticePacks;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.intake.entity.PinnedForm;

/**
 * Turns what staff chose (a packet item, a single form) into the exact definition to send, through
 * the tenant-admin services and with the sender's permissions. A pack whose form moved to another
 * version than the packet names is refused rather than silently sending the other version.
 */
@ApplicationScoped
public class FormPinning {

  private PracticePacks packs;
  private PracticeForms forms;

  protected FormPinning() {}

  @Inject
  public FormPinning(PracticePacks packs, PracticeForms forms) {
    this.packs = packs;
    this.forms = forms;
  }

  public PinnedForm pin(Caller caller, PacketItemSummary item) {
    PinnedForm pinned =
        item.source() == PacketItemSource.PACK
            ? packForm(caller, item.packKey().orElseThrow(), item.formKey())
            : practiceVersion(caller, item.practiceVersionId().orElseThrow());
    if (pinned.version() != item.formVersion()) {
      throw new Conflict(
          "\""
              + item.title()
              + "\" is now at version "
              + pinned.version()
              + " but the packet names version "
              + item.formVersion()
              + "; update the packet first");
    }
    return pinned;
  }

  public PinnedForm pin(Caller caller, FormChoice choice) {
    return choice.source() == PacketItemSource.PACK
        ? packForm(caller, choice.packKey(), choice.formKey())
        : practiceVersion(caller, choice.practiceVersionId());
  }

  /** Every form the caller may send on its own: pack forms, then the practice's intake forms. */
  public List<FormChoice> choices(Caller caller) {
    List<FormChoice> choices = new ArrayList<>();
    for (PackSummary pack : packs.listPacks(caller)) {
      for (PackSummary.PackForm form : pack.forms()) {
        choices.add(
            new FormChoice(
                PacketItemSource.PACK, form.packKey(), form.formKey(), null, form.title()));
      }
    }
    for (IntakeFormVersion version : forms.listPublishedIntakeVersions(caller)) {
      choices.add(
          new FormChoice(
              PacketItemSource.PRACTICE, null, version.formKey(), version.id(), version.title()));
    }
    return choices;
  }

  private PinnedForm packForm(Caller caller, String packKey, String formKey) {
    FormDefinition definition = packs.getPackDefinition(caller, packKey, formKey);
    return new PinnedForm(
        PacketItemSource.PACK,
        packKey,
        formKey,
        definition.version(),
        null,
        definition.title().text(Locale.ENGLISH),
        definition.toJson().toString(),
        definition.sha256());
  }

  private PinnedForm practiceVersion(Caller caller, UUID versionId) {
    IntakeFormVersion version = forms.getPublishedIntakeVersion(caller, versionId);
    return new PinnedForm(
        PacketItemSource.PRACTICE,
        null,
        version.formKey(),
        version.number(),
        version.id(),
        version.title(),
        version.definitionJson(),
        version.sha256());
  }
}
