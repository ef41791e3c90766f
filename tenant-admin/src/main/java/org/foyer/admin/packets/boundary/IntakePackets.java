package org.foyer.admin.packets.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.foyer.admin.forms.boundary.IntakeFormVersion;
import org.foyer.admin.forms.boundary.PracticeForms;
import org.foyer.admin.packets.PacketItemSource;
import org.foyer.admin.packets.entity.IntakePacket;
import org.foyer.admin.packets.entity.PacketItem;
import org.foyer.admin.packs.PackSummary.PackForm;
import org.foyer.admin.packs.PracticePacks;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;
import org.foyer.core.practice.PracticeRegistered;

/**
 * The practice's intake packets: create (starting from the installed default templates), rename,
 * choose the default, archive, and edit the ordered items. Only holders of the intake capability;
 * another practice's packet or item ids are not found. Packets and items leave this service as
 * {@link PacketSummary} and {@link PacketItemSummary} records.
 */
@ApplicationScoped
public class IntakePackets {

  /** The name of the packet every practice starts with. */
  public static final String STARTER_PACKET = "New client intake";

  private EntityManager em;
  private PracticePacks packs;
  private PracticeForms forms;
  private Event<PacketChanged> changed;

  private Clock clock;

  protected IntakePackets() {}

  @Inject
  public IntakePackets(
      EntityManager em,
      PracticePacks packs,
      PracticeForms forms,
      Event<PacketChanged> changed,
      Clock clock) {
    this.em = em;
    this.packs = packs;
    this.forms = forms;
    this.changed = changed;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public List<PacketSummary> listPackets(Caller caller) {
    require(caller);
    return em.createQuery(
            "SELECT p FROM IntakePacket p ORDER BY p.archived, p.defaultPacket DESC, p.name",
            IntakePacket.class)
        .getResultStream()
        .map(PacketSummary::of)
        .toList();
  }

  @Transactional(readOnly = true)
  public PacketSummary getPacket(Caller caller, UUID id) {
    return PacketSummary.of(load(caller, id));
  }

  @Transactional(readOnly = true)
  public List<PacketItemSummary> listItems(Caller caller, UUID packetId) {
    return summaries(items(load(caller, packetId).id()));
  }

  /** A new packet holding the built-in intake templates; the first open packet is the default. */
  @Transactional
  public PacketSummary createPacket(Caller caller, String name) {
    require(caller);
    IntakePacket packet = newPacketOfBuiltInForms(checkedName(name));
    return record(caller, packet, "created \"" + packet.name() + "\"");
  }

  /**
   * Every new practice starts with a default packet of the built-in intake templates, so its staff
   * can send intake on day one and adjust the packet when they have time. Runs in the registering
   * transaction; nobody acted yet, so there is no change to record beyond the practice's creation.
   */
  public void starterPacket(@Observes PracticeRegistered registered) {
    newPacketOfBuiltInForms(STARTER_PACKET);
  }

  private IntakePacket newPacketOfBuiltInForms(String name) {
    IntakePacket packet = new IntakePacket(name, clock.instant());
    requireUniqueName(packet.name());
    if (findDefault() == null) {
      packet.makeDefault();
    }
    em.persist(packet);
    int position = 0;
    for (PackForm form : packs.builtInIntakeForms()) {
      em.persist(
          PacketItem.packForm(
              packet.id(),
              position++,
              form.packKey(),
              form.formKey(),
              form.version(),
              form.title()));
    }
    return packet;
  }

  @Transactional
  public PacketSummary rename(Caller caller, UUID id, String name) {
    IntakePacket packet = load(caller, id);
    String clean = checkedName(name);
    if (!clean.equals(packet.name())) {
      requireUniqueName(clean);
    }
    packet.rename(clean);
    return record(caller, packet, "renamed \"" + clean + "\"");
  }

  @Transactional
  public PacketSummary makeDefault(Caller caller, UUID id) {
    IntakePacket packet = load(caller, id);
    packet.requireOpen();
    IntakePacket current = findDefault();
    if (current != null && !current.equals(packet)) {
      current.stopBeingDefault();
      // The partial unique index allows one default: the old flag must be gone first.
      em.flush();
    }
    packet.makeDefault();
    return record(caller, packet, "made the default packet");
  }

  @Transactional
  public PacketSummary archive(Caller caller, UUID id) {
    IntakePacket packet = load(caller, id);
    packet.archive();
    return record(caller, packet, "archived");
  }

  @Transactional
  public PacketItemSummary addPackForm(
      Caller caller, UUID packetId, String packKey, String formKey) {
    IntakePacket packet = loadOpen(caller, packetId);
    PackForm form = packs.getPackForm(caller, packKey, formKey);
    PacketItem item =
        PacketItem.packForm(
            packet.id(), nextPosition(packet), packKey, formKey, form.version(), form.title());
    return add(caller, packet, item);
  }

  @Transactional
  public PacketItemSummary addPracticeForm(Caller caller, UUID packetId, UUID versionId) {
    IntakePacket packet = loadOpen(caller, packetId);
    IntakeFormVersion version = forms.getPublishedIntakeVersion(caller, versionId);
    PacketItem item =
        PacketItem.practiceForm(
            packet.id(),
            nextPosition(packet),
            version.id(),
            version.formKey(),
            version.number(),
            version.title());
    return add(caller, packet, item);
  }

  /** Moves an item to a zero-based index and renumbers the others to keep the order dense. */
  @Transactional
  public List<PacketItemSummary> moveItem(Caller caller, UUID packetId, UUID itemId, int index) {
    IntakePacket packet = loadOpen(caller, packetId);
    List<PacketItem> ordered = new ArrayList<>(items(packet.id()));
    PacketItem item = itemOf(ordered, itemId);
    if (index < 0 || index >= ordered.size()) {
      throw new InvalidInput(
          "That position is outside the packet",
          Map.of("index", "must be between 0 and " + (ordered.size() - 1)));
    }
    ordered.remove(item);
    ordered.add(index, item);
    for (int i = 0; i < ordered.size(); i++) {
      ordered.get(i).moveTo(i);
    }
    record(caller, packet, "moved " + item.formKey() + " to " + index);
    return summaries(ordered);
  }

  @Transactional
  public PacketItemSummary setIncluded(
      Caller caller, UUID packetId, UUID itemId, boolean included) {
    IntakePacket packet = loadOpen(caller, packetId);
    PacketItem item = itemOf(items(packet.id()), itemId);
    item.include(included);
    record(caller, packet, (included ? "included " : "removed ") + item.formKey());
    return PacketItemSummary.of(item);
  }

  @Transactional
  public void deleteItem(Caller caller, UUID packetId, UUID itemId) {
    IntakePacket packet = loadOpen(caller, packetId);
    PacketItem item = itemOf(items(packet.id()), itemId);
    em.remove(item);
    record(caller, packet, "deleted " + item.formKey());
  }

  /** The included forms in order, as the engine renders them blank. */
  @Transactional(readOnly = true)
  public List<PreviewedForm> preview(Caller caller, UUID packetId) {
    List<PreviewedForm> previews = new ArrayList<>();
    for (PacketItem item : items(load(caller, packetId).id())) {
      if (item.included()) {
        String html =
            item.source() == PacketItemSource.PACK
                ? packs.render(caller, item.packKey().orElseThrow(), item.formKey())
                : forms.renderVersion(caller, item.practiceVersionId().orElseThrow());
        previews.add(new PreviewedForm(item.title(), html));
      }
    }
    return previews;
  }

  private PacketItemSummary add(Caller caller, IntakePacket packet, PacketItem item) {
    if (items(packet.id()).stream().anyMatch(existing -> existing.sameFormAs(item))) {
      throw new Conflict("\"" + item.title() + "\" is already in the packet");
    }
    em.persist(item);
    record(caller, packet, "added " + item.formKey() + " v" + item.formVersion());
    return PacketItemSummary.of(item);
  }

  private static List<PacketItemSummary> summaries(List<PacketItem> items) {
    return items.stream().map(PacketItemSummary::of).toList();
  }

  private List<PacketItem> items(UUID packetId) {
    return em.createQuery(
            "SELECT i FROM PacketItem i WHERE i.packetId = :packet ORDER BY i.position",
            PacketItem.class)
        .setParameter("packet", packetId)
        .getResultList();
  }

  private static PacketItem itemOf(List<PacketItem> items, UUID itemId) {
    return items.stream()
        .filter(i -> i.id().equals(itemId))
        .findFirst()
        .orElseThrow(() -> new NotFound("That packet item"));
  }

  private int nextPosition(IntakePacket packet) {
    return items(packet.id()).stream().mapToInt(PacketItem::position).max().orElse(-1) + 1;
  }

  private IntakePacket findDefault() {
    return em.createQuery(
            "SELECT p FROM IntakePacket p WHERE p.defaultPacket = true", IntakePacket.class)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private void requireUniqueName(String name) {
    boolean taken =
        !em.createQuery("SELECT p.id FROM IntakePacket p WHERE p.name = :name", UUID.class)
            .setParameter("name", name)
            .getResultList()
            .isEmpty();
    if (taken) {
      throw new Conflict("A packet named \"" + name + "\" already exists");
    }
  }

  private IntakePacket loadOpen(Caller caller, UUID id) {
    IntakePacket packet = load(caller, id);
    packet.requireOpen();
    return packet;
  }

  private IntakePacket load(Caller caller, UUID id) {
    require(caller);
    IntakePacket packet = id == null ? null : em.find(IntakePacket.class, id);
    if (packet == null) {
      throw new NotFound("That packet");
    }
    return packet;
  }

  private PacketSummary record(Caller caller, IntakePacket packet, String detail) {
    changed.fire(new PacketChanged(caller.accountId(), packet.id(), detail));
    return PacketSummary.of(packet);
  }

  private static void require(Caller caller) {
    caller.require(Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS, "That packet");
  }

  private static String checkedName(String name) {
    if (name == null || name.isBlank() || name.strip().length() > IntakePacket.NAME_LENGTH) {
      throw new InvalidInput(
          "A packet needs a name",
          Map.of("name", "must be 1 to " + IntakePacket.NAME_LENGTH + " characters"));
    }
    return name.strip();
  }
}
