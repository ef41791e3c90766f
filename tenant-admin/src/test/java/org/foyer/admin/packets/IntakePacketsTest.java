package org.foyer.admin.packets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.foyer.admin.forms.boundary.FormChanged;
import org.foyer.admin.forms.boundary.PracticeForms;
import org.foyer.admin.forms.boundary.SampleBlueprints;
import org.foyer.admin.forms.boundary.SampleStaff;
import org.foyer.admin.forms.entity.PracticeForm;
import org.foyer.admin.forms.entity.PracticeFormVersion;
import org.foyer.admin.packets.boundary.IntakePackets;
import org.foyer.admin.packets.boundary.PacketChanged;
import org.foyer.admin.packets.boundary.PacketItemSummary;
import org.foyer.admin.packets.boundary.PacketSummary;
import org.foyer.admin.packets.boundary.PreviewedForm;
import org.foyer.admin.packets.control.PacketPackUsage;
import org.foyer.admin.packs.PackChanged;
import org.foyer.admin.packs.PackLibrary;
import org.foyer.admin.packs.PracticePacks;
import org.foyer.admin.packs.SamplePacks;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.practice.PracticeRegistered;
import org.foyer.core.tenancy.TenantId;
import org.foyer.events.RecordedEvents;
import org.foyer.forms.definition.FormKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Packets: default, ordering, included/removed items, practice forms, packs in use, access. */
class IntakePacketsTest {

  static final TestDatabase db = TestDatabase.get();
  static final PackLibrary library = new PackLibrary();

  final RecordedEvents<PacketChanged> events = new RecordedEvents<>();
  final PracticeForms forms =
      new PracticeForms(db.entityManager(), new RecordedEvents<FormChanged>(), Clock.systemUTC());
  final PracticePacks packs =
      new PracticePacks(
          db.entityManager(),
          library,
          new PacketPackUsage(db.entityManager()),
          new RecordedEvents<PackChanged>(),
          Clock.systemUTC());
  final IntakePackets packets =
      new IntakePackets(db.entityManager(), packs, forms, events, Clock.systemUTC());
  final Caller admin = SampleStaff.administrator();
  TenantId practice;

  @BeforeEach
  void newPractice() {
    practice = SampleStaff.newPractice("packets");
  }

  <T> T in(TenantId tenant, Supplier<T> work) {
    return db.inTenant(tenant, work::get);
  }

  PacketSummary create(String name) {
    return in(practice, () -> packets.createPacket(admin, name));
  }

  List<PacketItemSummary> items(PacketSummary packet) {
    return in(practice, () -> packets.listItems(admin, packet.id()));
  }

  PracticeFormVersion publishedIntakeForm() {
    PracticeForm form =
        in(
            practice,
            () -> forms.createForm(admin, FormKind.INTAKE, SampleBlueprints.previousTherapy()));
    return in(practice, () -> forms.publish(admin, form.id()));
  }

  @Test
  void theFirstPacketIsTheDefaultAndStartsWithTheInstalledDefaultTemplates() {
    PacketSummary adult = create("Adult");
    PacketSummary minor = create("Minor");

    assertThat(adult.isDefault()).isTrue();
    assertThat(minor.isDefault()).isFalse();
    List<PacketItemSummary> items = items(adult);
    assertThat(items).hasSizeGreaterThanOrEqualTo(10).allMatch(PacketItemSummary::included);
    assertThat(items).extracting(PacketItemSummary::source).containsOnly(PacketItemSource.PACK);
    assertThat(items).extracting(i -> i.packKey().orElseThrow()).containsOnly("foyer-default");
    assertThat(items).extracting(PacketItemSummary::position).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void aNewlyRegisteredPracticeStartsWithADefaultPacketOfTheBuiltInTemplates() {
    in(
        practice,
        () -> {
          packets.starterPacket(new PracticeRegistered(practice, null, null));
          return null;
        });
    List<PacketSummary> listed = in(practice, () -> packets.listPackets(admin));
    assertThat(listed)
        .singleElement()
        .satisfies(
            starter -> {
              assertThat(starter.name()).isEqualTo(IntakePackets.STARTER_PACKET);
              assertThat(starter.isDefault()).isTrue();
            });
    assertThat(items(listed.get(0)))
        .extracting(PacketItemSummary::title)
        .contains("Mood Questionnaire (PHQ-9)");
    assertThat(create("Adult").isDefault()).as("the starter packet stays the default").isFalse();
  }

  @Test
  void makingAnotherPacketTheDefaultMovesTheFlag() {
    PacketSummary adult = create("Adult");
    PacketSummary couples = create("Couples");

    in(practice, () -> packets.makeDefault(admin, couples.id()));

    assertThat(in(practice, () -> packets.listPackets(admin)))
        .filteredOn(PacketSummary::isDefault)
        .extracting(PacketSummary::name)
        .containsExactly("Couples");
    assertThat(in(practice, () -> packets.getPacket(admin, adult.id())).isDefault()).isFalse();
  }

  @Test
  void theDefaultPacketCannotBeArchivedButAnotherCan() {
    PacketSummary adult = create("Adult");
    PacketSummary minor = create("Minor");

    assertThatThrownBy(() -> in(practice, () -> packets.archive(admin, adult.id())))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("default");
    assertThat(in(practice, () -> packets.archive(admin, minor.id())).archived()).isTrue();
    assertThatThrownBy(() -> in(practice, () -> packets.makeDefault(admin, minor.id())))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void namesAreRequiredAndUniqueInThePractice() {
    create("Adult");

    assertThatThrownBy(() -> create("Adult")).isInstanceOf(Conflict.class);
    assertThatThrownBy(() -> create("  ")).isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> create("x".repeat(81))).isInstanceOf(InvalidInput.class);
  }

  @Test
  void itemsAreReorderedAndRenumbered() {
    PacketSummary adult = create("Adult");
    List<PacketItemSummary> before = items(adult);
    PacketItemSummary last = before.get(before.size() - 1);

    in(practice, () -> packets.moveItem(admin, adult.id(), last.id(), 0));

    List<PacketItemSummary> after = items(adult);
    assertThat(after.get(0).id()).isEqualTo(last.id());
    assertThat(after.get(1).id()).isEqualTo(before.get(0).id());
    assertThat(after)
        .extracting(PacketItemSummary::position)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.range(0, after.size()).boxed().toList());
    assertThatThrownBy(
            () -> in(practice, () -> packets.moveItem(admin, adult.id(), last.id(), after.size())))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> in(practice, () -> packets.moveItem(admin, adult.id(), last.id(), -1)))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aTemplateCanBeRemovedFromThePacketAndIncludedAgain() {
    PacketSummary adult = create("Adult");
    PacketItemSummary first = items(adult).get(0);

    in(practice, () -> packets.setIncluded(admin, adult.id(), first.id(), false));
    assertThat(items(adult).get(0).included()).isFalse();
    int previewed = in(practice, () -> packets.preview(admin, adult.id())).size();
    assertThat(previewed).isEqualTo(items(adult).size() - 1);

    in(practice, () -> packets.setIncluded(admin, adult.id(), first.id(), true));
    assertThat(items(adult).get(0).included()).isTrue();
  }

  @Test
  void aPublishedPracticeIntakeFormIsAddedAtTheEndAndPreviewed() {
    PacketSummary adult = create("Adult");
    PracticeFormVersion version = publishedIntakeForm();

    PacketItemSummary added =
        in(practice, () -> packets.addPracticeForm(admin, adult.id(), version.id()));

    List<PacketItemSummary> items = items(adult);
    assertThat(items.get(items.size() - 1).id()).isEqualTo(added.id());
    assertThat(added.source()).isEqualTo(PacketItemSource.PRACTICE);
    assertThat(added.formVersion()).isEqualTo(1);
    assertThat(added.title()).isEqualTo("Previous therapy");
    List<PreviewedForm> preview = in(practice, () -> packets.preview(admin, adult.id()));
    assertThat(preview.get(preview.size() - 1).html()).contains("Have you been in therapy before?");
    assertThatThrownBy(
            () -> in(practice, () -> packets.addPracticeForm(admin, adult.id(), version.id())))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void dynamicFormsAndOtherPracticesVersionsCannotBeAdded() {
    PacketSummary adult = create("Adult");
    PracticeForm dynamic =
        in(
            practice,
            () ->
                forms.createForm(
                    SampleStaff.therapist(), FormKind.DYNAMIC, SampleBlueprints.previousTherapy()));
    PracticeFormVersion dynamicVersion =
        in(practice, () -> forms.publish(SampleStaff.therapist(), dynamic.id()));
    TenantId other = SampleStaff.newPractice("other");
    PacketSummary theirs = in(other, () -> packets.createPacket(admin, "Theirs"));

    assertThatThrownBy(
            () ->
                in(practice, () -> packets.addPracticeForm(admin, adult.id(), dynamicVersion.id())))
        .isInstanceOf(NotFound.class);
    PracticeFormVersion mine = publishedIntakeForm();
    assertThatThrownBy(
            () -> in(other, () -> packets.addPracticeForm(admin, theirs.id(), mine.id())))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aVendorPackFormCanBeAddedAndItsPackCannotBeRemovedWhileThePacketIsOpen() {
    String packKey = "acme." + UUID.randomUUID().toString().substring(0, 8);
    in(practice, () -> packs.install(admin, SamplePacks.vendorPack(packKey, "acme-history")));
    PacketSummary adult = create("Adult");
    PacketSummary minor = create("Minor");
    PacketItemSummary added =
        in(practice, () -> packets.addPackForm(admin, minor.id(), packKey, "acme-history"));
    assertThat(added.packKey()).contains(packKey);

    assertThatThrownBy(() -> db.inTenant(practice, () -> remove(packKey)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("Minor");

    in(practice, () -> packets.archive(admin, minor.id()));
    db.inTenant(practice, () -> remove(packKey));
    assertThat(in(practice, () -> packs.listPacks(admin))).hasSize(1);
    assertThat(adult.isDefault()).isTrue();
  }

  private Void remove(String packKey) {
    packs.remove(admin, packKey);
    return null;
  }

  @Test
  void anUnknownPackFormIsNotFound() {
    PacketSummary adult = create("Adult");

    assertThatThrownBy(
            () ->
                in(practice, () -> packets.addPackForm(admin, adult.id(), "foyer-default", "nope")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> in(practice, () -> packets.addPackForm(admin, adult.id(), "no.such.pack", "x")))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void anItemIsDeletedOnlyFromItsOwnPacket() {
    PacketSummary adult = create("Adult");
    PacketSummary minor = create("Minor");
    PacketItemSummary adultItem = items(adult).get(0);

    assertThatThrownBy(
            () ->
                db.inTenant(
                    practice,
                    () -> {
                      packets.deleteItem(admin, minor.id(), adultItem.id());
                      return null;
                    }))
        .isInstanceOf(NotFound.class);
    db.inTenant(
        practice,
        () -> {
          packets.deleteItem(admin, adult.id(), adultItem.id());
          return null;
        });
    assertThat(items(adult)).extracting(PacketItemSummary::id).doesNotContain(adultItem.id());
  }

  @Test
  void anotherPracticesPacketIsNotFound() {
    PacketSummary adult = create("Adult");
    TenantId other = SampleStaff.newPractice("other");

    assertThatThrownBy(() -> in(other, () -> packets.getPacket(admin, adult.id())))
        .isInstanceOf(NotFound.class)
        .hasMessage("That packet was not found");
    assertThatThrownBy(() -> in(other, () -> packets.makeDefault(admin, adult.id())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> in(other, () -> packets.listItems(admin, adult.id())))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void therapistsAreRefusedPacketsAndNonStaffFindNothing() {
    PacketSummary adult = create("Adult");
    Caller therapist = SampleStaff.therapist();

    assertThatThrownBy(() -> in(practice, () -> packets.createPacket(therapist, "Mine")))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> in(practice, () -> packets.rename(therapist, adult.id(), "x")))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> in(practice, () -> packets.listPackets(therapist)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> in(practice, () -> packets.archive(therapist, adult.id())))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> in(practice, () -> packets.listPackets(SampleStaff.portalClient())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> in(practice, () -> packets.getPacket(Caller.ANONYMOUS, adult.id())))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void changesAreAuditedWithTheActor() {
    PacketSummary adult = create("Adult");

    in(practice, () -> packets.rename(admin, adult.id(), "Adults"));

    assertThat(events.last().actor()).isEqualTo(admin.accountId());
    assertThat(events.last().packetId()).isEqualTo(adult.id());
    assertThat(events.last().detail()).contains("Adults");
  }
}
