package org.foyer.admin.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import org.foyer.admin.forms.boundary.SampleStaff;
import org.foyer.admin.packs.PackChanged.Change;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.tenancy.TenantId;
import org.foyer.events.RecordedEvents;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Listing, installing (valid and invalid), removing packs, and who may. */
class PracticePacksTest {

  static final TestDatabase db = TestDatabase.get();
  static final PackLibrary library = new PackLibrary();

  final RecordedEvents<PackChanged> events = new RecordedEvents<>();
  final List<String> usedBy = new java.util.ArrayList<>();
  final PracticePacks packs =
      new PracticePacks(
          db.entityManager(), library, key -> List.copyOf(usedBy), events, Clock.systemUTC());
  final Caller admin = SampleStaff.administrator();
  TenantId practice;
  String packKey;

  @BeforeEach
  void newPractice() {
    practice = SampleStaff.newPractice("packs");
    packKey = "acme." + UUID.randomUUID().toString().substring(0, 8);
  }

  <T> T in(TenantId tenant, Supplier<T> work) {
    return db.inTenant(tenant, work::get);
  }

  void inVoid(TenantId tenant, Runnable work) {
    db.inTenant(
        tenant,
        () -> {
          work.run();
          return null;
        });
  }

  @Test
  void theBuiltInDefaultPackIsAlwaysListed() {
    List<PackSummary> listed = in(practice, () -> packs.listPacks(admin));

    assertThat(listed)
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.packKey()).isEqualTo("foyer-default");
              assertThat(p.builtIn()).isTrue();
              assertThat(p.forms()).hasSizeGreaterThanOrEqualTo(10);
            });
  }

  @Test
  void theFormsPageListsEveryBuiltInPackFormInPlainWords() {
    List<PackFormsList.Row> rows = PackFormsList.rows(in(practice, () -> packs.listPacks(admin)));

    assertThat(rows).hasSizeGreaterThanOrEqualTo(12);
    assertThat(rows)
        .allSatisfy(
            row -> {
              assertThat(row.pack()).endsWith("(built in)").doesNotContain("foyer-default");
              assertThat(row.kind()).isIn("Intake", "Dynamic");
              assertThat(row.title()).isNotBlank().doesNotMatch("[a-z0-9-]+");
            });
    assertThat(rows).extracting(PackFormsList.Row::title).contains("Mood Questionnaire (PHQ-9)");
  }

  @Test
  void aValidVendorPackIsInstalledForThisPracticeOnly() {
    PackSummary installed =
        in(practice, () -> packs.install(admin, SamplePacks.vendorPack(packKey, "acme-history")));

    assertThat(installed.builtIn()).isFalse();
    assertThat(installed.forms())
        .extracting(PackSummary.PackForm::formKey)
        .containsExactly("acme-history");
    assertThat(in(practice, () -> packs.listPacks(admin)))
        .extracting(PackSummary::packKey)
        .containsExactly("foyer-default", packKey);
    assertThat(in(SampleStaff.newPractice("elsewhere"), () -> packs.listPacks(admin)))
        .extracting(PackSummary::packKey)
        .containsExactly("foyer-default");
    assertThat(events.last().change()).isEqualTo(Change.INSTALLED);
    assertThat(in(practice, () -> packs.render(admin, packKey, "acme-history")))
        .contains("Have you been in therapy before?");
  }

  @Test
  void anInvalidPackIsRefusedWithTheEnginesPreciseProblemsAndNothingIsInstalled() {
    Map<String, String> files = SamplePacks.files(packKey, "acme-history");
    files.put("manifest.json", files.get("manifest.json").replace("1.2.0", "one"));
    files.put("forms/broken.json", "{\"id\": \"broken\"}");

    assertThatThrownBy(() -> in(practice, () -> packs.install(admin, SamplePacks.zip(files))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e -> {
              assertThat(e.getMessage()).isEqualTo("The template pack was not installed");
              assertThat(e.fieldErrors())
                  .containsEntry("manifest.json /version", "must be a version like 1.2.0")
                  .hasKeySatisfying(
                      new org.assertj.core.api.Condition<>(
                          k -> k.startsWith("forms/broken.json"), "broken form"));
            });
    assertThat(in(practice, () -> packs.listPacks(admin))).hasSize(1);
    assertThat(events.fired()).isEmpty();
  }

  @Test
  void notAZipAndEmptyUploadsAreRefused() {
    byte[] text = "hello, not a zip".getBytes(StandardCharsets.UTF_8);

    assertThatThrownBy(() -> in(practice, () -> packs.install(admin, text)))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> in(practice, () -> packs.install(admin, new byte[0])))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("at most");
  }

  @Test
  void aPackThatClashesWithAnInstalledOneIsRefused() {
    in(practice, () -> packs.install(admin, SamplePacks.vendorPack(packKey, "acme-history")));

    assertThatThrownBy(
            () ->
                in(practice, () -> packs.install(admin, SamplePacks.vendorPack(packKey, "other"))))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldErrors().values())
                    .anyMatch(v -> v.contains("already installed")));
  }

  @Test
  void aPackWithAZipSlipPathIsRefused() {
    Map<String, String> files = SamplePacks.files(packKey, "acme-history");
    files.put("../../evil.json", "{}");

    assertThatThrownBy(() -> in(practice, () -> packs.install(admin, SamplePacks.zip(files))))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void removalIsRefusedWhileAnOpenPacketUsesThePack() {
    in(practice, () -> packs.install(admin, SamplePacks.vendorPack(packKey, "acme-history")));
    usedBy.add("Adult");

    assertThatThrownBy(() -> inVoid(practice, () -> packs.remove(admin, packKey)))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("Adult");

    usedBy.clear();
    inVoid(practice, () -> packs.remove(admin, packKey));
    assertThat(in(practice, () -> packs.listPacks(admin))).hasSize(1);
    assertThat(events.last().change()).isEqualTo(Change.REMOVED);
  }

  @Test
  void theBuiltInPackCannotBeRemoved() {
    assertThatThrownBy(() -> inVoid(practice, () -> packs.remove(admin, "foyer-default")))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void anotherPracticesPackIsNotFound() {
    in(practice, () -> packs.install(admin, SamplePacks.vendorPack(packKey, "acme-history")));
    TenantId other = SampleStaff.newPractice("other");

    assertThatThrownBy(() -> inVoid(other, () -> packs.remove(admin, packKey)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> in(other, () -> packs.getPackForm(admin, packKey, "acme-history")))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void onlyPackManagersInstallAndRemoveAndNonStaffFindNothing() {
    byte[] zip = SamplePacks.vendorPack(packKey, "acme-history");
    Caller intakeManager =
        SampleStaff.staff(
            "Front desk", org.foyer.core.access.Capability.INVITE_CLIENTS_AND_MANAGE_INTAKE_FORMS);

    assertThatThrownBy(() -> in(practice, () -> packs.install(SampleStaff.therapist(), zip)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> in(practice, () -> packs.install(intakeManager, zip)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> in(practice, () -> packs.install(SampleStaff.portalClient(), zip)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> inVoid(practice, () -> packs.remove(SampleStaff.therapist(), packKey)))
        .isInstanceOf(Refused.class);
    assertThat(in(practice, () -> packs.listPacks(intakeManager))).hasSize(1);
    assertThatThrownBy(() -> in(practice, () -> packs.listPacks(SampleStaff.therapist())))
        .isInstanceOf(Refused.class);
  }
}
