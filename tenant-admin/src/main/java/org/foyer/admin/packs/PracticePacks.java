package org.foyer.admin.packs;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.foyer.admin.forms.control.EngineProblems;
import org.foyer.admin.packs.PackChanged.Change;
import org.foyer.admin.packs.PackSummary.PackForm;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.forms.FormEngine;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.pack.PackLimits;
import org.foyer.forms.pack.PackManifest;
import org.foyer.forms.pack.PackRejected;
import org.foyer.forms.pack.TemplatePack;
import org.foyer.forms.pack.TemplatePacks;
import org.foyer.forms.render.FormState;
import org.foyer.forms.render.RenderOptions;
import org.foyer.forms.validation.ParseLimits;

/**
 * The template packs of the practice. Installing validates the upload with the engine's pack loader
 * (its precise problems become a 400, and nothing is stored); removal is refused while an open
 * intake packet uses the pack's forms. Built-in packs are always installed.
 */
@ApplicationScoped
public class PracticePacks {

  /** The largest upload read: the engine's own total limit plus room for zip headers. */
  public static final int MAX_UPLOAD_BYTES = (int) PackLimits.DEFAULT.maxTotalBytes() + (1 << 20);

  private EntityManager em;
  private PackLibrary library;
  private PackUsage usage;
  private Event<PackChanged> changed;

  private Clock clock;

  protected PracticePacks() {}

  @Inject
  public PracticePacks(
      EntityManager em,
      PackLibrary library,
      PackUsage usage,
      Event<PackChanged> changed,
      Clock clock) {
    this.em = em;
    this.library = library;
    this.usage = usage;
    this.changed = changed;
    this.clock = clock;
  }

  /** Readable by pack managers and by intake managers, who pick pack forms for packets. */
  @Transactional(readOnly = true)
  public List<PackSummary> listPacks(Caller caller) {
    requireReader(caller);
    List<PackSummary> summaries = new ArrayList<>();
    for (TemplatePack pack : registry().listPacks()) {
      summaries.add(summary(pack, library.builtInKeys().contains(pack.manifest().id())));
    }
    return summaries;
  }

  @Transactional
  public PackSummary install(Caller caller, byte[] zip) {
    caller.require(Capability.MANAGE_TEMPLATE_PACKS, "Template packs");
    if (zip == null || zip.length == 0 || zip.length > MAX_UPLOAD_BYTES) {
      throw new InvalidInput(
          "Upload a template pack zip of at most " + MAX_UPLOAD_BYTES + " bytes",
          Map.of("file", "is empty or too large"));
    }
    TemplatePack pack;
    try {
      pack = library.check(zip, installed());
    } catch (PackRejected e) {
      throw EngineProblems.asInvalidInput("The template pack was not installed", e.problems());
    }
    InstalledPack row =
        new InstalledPack(pack.manifest(), zip, InstalledPack.sha256Of(zip), clock.instant());
    em.persist(row);
    changed.fire(
        new PackChanged(
            caller.accountId(),
            row.packKey(),
            Change.INSTALLED,
            row.packVersion() + " sha256 " + row.sha256()));
    return summary(pack, false);
  }

  @Transactional
  public void remove(Caller caller, String packKey) {
    caller.require(Capability.MANAGE_TEMPLATE_PACKS, "Template packs");
    if (library.builtInKeys().contains(packKey)) {
      throw new Conflict("The built-in pack \"" + packKey + "\" cannot be removed");
    }
    InstalledPack row = findInstalled(packKey).orElseThrow(() -> new NotFound("That pack"));
    List<String> packets = usage.packetsUsing(packKey);
    if (!packets.isEmpty()) {
      throw new Conflict(
          "The pack \""
              + row.name()
              + "\" is used by the open packets "
              + String.join(", ", packets));
    }
    em.remove(row);
    changed.fire(new PackChanged(caller.accountId(), packKey, Change.REMOVED, row.packVersion()));
  }

  /** A form of an installed pack, for intake packets; not found for any other pack or form. */
  @Transactional(readOnly = true)
  public PackForm getPackForm(Caller caller, String packKey, String formKey) {
    requireReader(caller);
    TemplatePack pack = registry().findPack(packKey).orElseThrow(() -> new NotFound("That pack"));
    FormDefinition form = pack.findForm(formKey).orElseThrow(() -> new NotFound("That pack form"));
    return packForm(packKey, form);
  }

  /**
   * The definition of an installed pack's form, for sending it to a client (the sender pins it);
   * not found for any other pack or form.
   */
  @Transactional(readOnly = true)
  public FormDefinition getPackDefinition(Caller caller, String packKey, String formKey) {
    requireReader(caller);
    return registry()
        .findPack(packKey == null ? "" : packKey)
        .flatMap(p -> p.findForm(formKey == null ? "" : formKey))
        .orElseThrow(() -> new NotFound("That pack form"));
  }

  /**
   * The renderer of the practice's pack layouts, for showing forms already sent to its clients
   * (they are portal users, so there is no capability to check); null for the built-in layout.
   */
  @Transactional(readOnly = true)
  public java.util.function.Function<FormDefinition, org.foyer.forms.render.FormRenderer>
      layouts() {
    return registry()::rendererFor;
  }

  /** The built-in packs' intake forms, in pack order: what a new intake packet starts with. */
  public List<PackForm> builtInIntakeForms() {
    List<PackForm> forms = new ArrayList<>();
    for (TemplatePack pack : library.registryFor(List.of()).listPacks()) {
      pack.forms().stream()
          .filter(f -> f.kind().name().equals("INTAKE"))
          .forEach(f -> forms.add(packForm(pack.manifest().id(), f)));
    }
    return forms;
  }

  /** The engine's HTML of a pack form, with the pack's own layout when it has one. */
  @Transactional(readOnly = true)
  public String render(Caller caller, String packKey, String formKey) {
    requireReader(caller);
    TemplatePacks registry = registry();
    FormDefinition form =
        registry
            .findPack(packKey)
            .flatMap(p -> p.findForm(formKey))
            .orElseThrow(() -> new NotFound("That pack form"));
    return new FormEngine(ParseLimits.DEFAULT, registry::rendererFor)
        .render(form, FormState.blank(), Locale.ENGLISH, RenderOptions.DEFAULT);
  }

  private TemplatePacks registry() {
    return library.registryFor(installed());
  }

  private List<InstalledPack> installed() {
    return em.createQuery("SELECT p FROM InstalledPack p ORDER BY p.packKey", InstalledPack.class)
        .getResultList();
  }

  private Optional<InstalledPack> findInstalled(String packKey) {
    return em.createQuery(
            "SELECT p FROM InstalledPack p WHERE p.packKey = :key", InstalledPack.class)
        .setParameter("key", packKey == null ? "" : packKey)
        .getResultStream()
        .findFirst();
  }

  private static void requireReader(Caller caller) {
    if (!caller.can(Capability.MANAGE_TEMPLATE_PACKS)) {
      caller.require(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS, "Template packs");
    }
  }

  private static PackSummary summary(TemplatePack pack, boolean builtIn) {
    PackManifest manifest = pack.manifest();
    List<PackForm> forms = pack.forms().stream().map(f -> packForm(manifest.id(), f)).toList();
    return new PackSummary(
        manifest.id(),
        manifest.name(),
        manifest.vendor(),
        manifest.version(),
        manifest.licence(),
        builtIn,
        forms);
  }

  private static PackForm packForm(String packKey, FormDefinition form) {
    return new PackForm(
        packKey, form.id(), form.version(), form.title().text(Locale.ENGLISH), form.kind().name());
  }
}
