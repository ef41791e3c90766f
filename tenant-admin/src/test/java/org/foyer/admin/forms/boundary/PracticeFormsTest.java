package org.foyer.admin.forms.boundary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.forms.boundary.FormChanged.Change;
import org.foyer.admin.forms.control.FormBlueprint;
import org.foyer.admin.forms.control.FormTools;
import org.foyer.admin.forms.entity.PracticeForm;
import org.foyer.admin.forms.entity.PracticeFormVersion;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.persistence.TestDatabase;
import org.foyer.core.tenancy.TenantId;
import org.foyer.events.RecordedEvents;
import org.foyer.forms.definition.FormDefinition;
import org.foyer.forms.definition.FormKind;
import org.foyer.forms.definition.FormStatus;
import org.foyer.forms.definition.layout.Widget;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drafts, publication, immutability, copies, archiving and who may do each. */
class PracticeFormsTest {

  static final TestDatabase db = TestDatabase.get();

  final RecordedEvents<FormChanged> events = new RecordedEvents<>();
  final PracticeForms forms = new PracticeForms(db.entityManager(), events, Clock.systemUTC());
  final Caller admin = SampleStaff.administrator();
  final Caller therapist = SampleStaff.therapist();
  TenantId practice;

  @BeforeEach
  void newPractice() {
    practice = SampleStaff.newPractice("forms");
  }

  <T> T in(TenantId tenant, java.util.function.Supplier<T> work) {
    return db.inTenant(tenant, work::get);
  }

  PracticeForm createIntake() {
    return in(
        practice,
        () -> forms.createForm(admin, FormKind.INTAKE, SampleBlueprints.previousTherapy()));
  }

  @Test
  void createdFormKeepsAValidatedDraftAndIsAudited() {
    PracticeForm form = createIntake();

    assertThat(form.title()).isEqualTo("Previous therapy");
    assertThat(form.latestVersion()).isZero();
    FormDefinition draft = new FormTools().read(form.draftJson().orElseThrow());
    assertThat(draft.status()).isEqualTo(FormStatus.DRAFT);
    assertThat(draft.id()).isEqualTo(form.formKey());
    assertThat(events.last().change()).isEqualTo(Change.CREATED);
    assertThat(events.last().actor()).isEqualTo(admin.accountId());
  }

  @Test
  void invalidBlueprintIsRefusedWithTheEnginesProblemsAndNothingIsStored() {
    FormBlueprint broken =
        new FormBlueprint(
            "Broken", List.of(SampleBlueprints.field("pick", Widget.SELECT, "Pick", true)));

    assertThatThrownBy(() -> in(practice, () -> forms.createForm(admin, FormKind.INTAKE, broken)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            e ->
                assertThat(e.fieldErrors())
                    .hasKeySatisfying(
                        new org.assertj.core.api.Condition<>(
                            k -> k.startsWith("/ui/pages/0/sections/0/fields/0"), "field 0"))
                    .containsValue("a choice needs an \"enum\" of allowed values in the schema"));
    assertThat(in(practice, () -> forms.listForms(admin))).isEmpty();
  }

  @Test
  void blankOrOversizedTitleIsRefused() {
    FormBlueprint untitled = new FormBlueprint(" ", SampleBlueprints.previousTherapy().fields());
    FormBlueprint huge =
        new FormBlueprint("x".repeat(201), SampleBlueprints.previousTherapy().fields());

    assertThatThrownBy(() -> in(practice, () -> forms.createForm(admin, FormKind.INTAKE, untitled)))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("title"));
    assertThatThrownBy(() -> in(practice, () -> forms.createForm(admin, FormKind.INTAKE, huge)))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void publishingSealsAnImmutableVersionWithTheEnginesHash() {
    PracticeForm form = createIntake();

    PracticeFormVersion v1 = in(practice, () -> forms.publish(admin, form.id()));

    FormDefinition published = forms.definitionOf(v1);
    assertThat(published.status()).isEqualTo(FormStatus.PUBLISHED);
    assertThat(v1.sha256()).isEqualTo(published.sha256()).hasSize(64);
    assertThat(v1.number()).isEqualTo(1);
    PracticeForm after = in(practice, () -> forms.getForm(admin, form.id()));
    assertThat(after.draftJson()).isEmpty();
    assertThat(after.latestVersion()).isEqualTo(1);
  }

  @Test
  void publishingWithoutADraftIsRefused() {
    PracticeForm form = createIntake();
    in(practice, () -> forms.publish(admin, form.id()));

    assertThatThrownBy(() -> in(practice, () -> forms.publish(admin, form.id())))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("no draft");
  }

  @Test
  void editingAfterPublishingMakesVersionTwoAndLeavesVersionOneUntouched() {
    PracticeForm form = createIntake();
    PracticeFormVersion v1 = in(practice, () -> forms.publish(admin, form.id()));
    FormBlueprint edited =
        new FormBlueprint(
            "Previous therapy (revised)",
            List.of(SampleBlueprints.field("anything", Widget.LONG_TEXT, "Anything else?", false)));

    in(practice, () -> forms.saveDraft(admin, form.id(), edited));
    PracticeFormVersion v2 = in(practice, () -> forms.publish(admin, form.id()));

    List<PracticeFormVersion> versions = in(practice, () -> forms.listVersions(admin, form.id()));
    assertThat(versions).extracting(PracticeFormVersion::number).containsExactly(2, 1);
    PracticeFormVersion oldOne = versions.get(1);
    assertThat(oldOne.sha256()).isEqualTo(v1.sha256());
    assertThat(oldOne.definitionJson()).isEqualTo(v1.definitionJson()).contains("hadTherapy");
    assertThat(v2.sha256()).isNotEqualTo(v1.sha256());
    assertThat(forms.definitionOf(v2).version()).isEqualTo(2);
  }

  @Test
  void theDatabaseRefusesToChangeAPublishedVersion() throws SQLException {
    PracticeForm form = createIntake();
    PracticeFormVersion v1 = in(practice, () -> forms.publish(admin, form.id()));

    try (Connection connection = db.database().openAppConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement tenant =
          connection.prepareStatement("SELECT set_config('foyer.tenant_id', ?, true)")) {
        tenant.setString(1, practice.toString());
        tenant.execute();
      }
      try (PreparedStatement update =
          connection.prepareStatement(
              "UPDATE practice_form_version SET definition_json = '{}' WHERE id = ?")) {
        update.setObject(1, v1.id());
        assertThatThrownBy(update::executeUpdate).hasMessageContaining("permission denied");
      }
      connection.rollback();
    }
  }

  @Test
  void draftJsonMustBeThisFormsNextDraft() {
    PracticeForm form = createIntake();
    String otherId =
        SampleBlueprints.previousTherapy().toDefinitionJson("someone-else", 1, FormKind.INTAKE);
    String wrongVersion =
        SampleBlueprints.previousTherapy().toDefinitionJson(form.formKey(), 7, FormKind.INTAKE);
    String wrongKind =
        SampleBlueprints.previousTherapy().toDefinitionJson(form.formKey(), 1, FormKind.DYNAMIC);

    assertThatThrownBy(() -> in(practice, () -> forms.saveDraftJson(admin, form.id(), otherId)))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("/id"));
    assertThatThrownBy(
            () -> in(practice, () -> forms.saveDraftJson(admin, form.id(), wrongVersion)))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("/version"));
    assertThatThrownBy(() -> in(practice, () -> forms.saveDraftJson(admin, form.id(), wrongKind)))
        .isInstanceOfSatisfying(
            InvalidInput.class, e -> assertThat(e.fieldErrors()).containsKey("/kind"));
  }

  @Test
  void malformedOrOversizedJsonIsRefused() {
    PracticeForm form = createIntake();
    String huge = "{\"id\":\"" + "x".repeat(FormTools.MAX_DEFINITION_CHARS) + "\"}";

    assertThatThrownBy(() -> in(practice, () -> forms.saveDraftJson(admin, form.id(), "{nope")))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> in(practice, () -> forms.saveDraftJson(admin, form.id(), huge)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("at most");
  }

  @Test
  void aDynamicFormCopiedIntoAnIntakeFormStartsAsItsFirstDraft() {
    PracticeForm dynamic =
        in(
            practice,
            () ->
                forms.createForm(therapist, FormKind.DYNAMIC, SampleBlueprints.previousTherapy()));
    in(practice, () -> forms.publish(therapist, dynamic.id()));

    PracticeForm copy =
        in(practice, () -> forms.copy(admin, dynamic.id(), FormKind.INTAKE, "Therapy history"));

    FormDefinition draft = new FormTools().read(copy.draftJson().orElseThrow());
    assertThat(copy.kind()).isEqualTo(FormKind.INTAKE);
    assertThat(draft.kind()).isEqualTo(FormKind.INTAKE);
    assertThat(draft.version()).isEqualTo(1);
    assertThat(draft.id()).isEqualTo(copy.formKey()).isNotEqualTo(dynamic.formKey());
    assertThat(copy.title()).isEqualTo("Therapy history");
    assertThat(draft.fields()).containsKey("therapyDetails");
    assertThat(events.last().change()).isEqualTo(Change.COPIED);
  }

  @Test
  void anIntakeFormCanBeCopiedIntoANewIntakeFormButNotIntoADynamicOne() {
    PracticeForm intake = createIntake();

    PracticeForm copy =
        in(practice, () -> forms.copy(admin, intake.id(), FormKind.INTAKE, "Copy of intake"));

    assertThat(copy.kind()).isEqualTo(FormKind.INTAKE);
    assertThatThrownBy(
            () -> in(practice, () -> forms.copy(admin, intake.id(), FormKind.DYNAMIC, "Nope")))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void therapistCannotCopyADynamicFormIntoIntake() {
    PracticeForm dynamic =
        in(
            practice,
            () ->
                forms.createForm(therapist, FormKind.DYNAMIC, SampleBlueprints.previousTherapy()));

    assertThatThrownBy(
            () -> in(practice, () -> forms.copy(therapist, dynamic.id(), FormKind.INTAKE, "Mine")))
        .isInstanceOf(Refused.class);
  }

  @Test
  void archivedFormCanNoLongerChangeButItsVersionsRemain() {
    PracticeForm form = createIntake();
    in(practice, () -> forms.publish(admin, form.id()));

    in(practice, () -> forms.archive(admin, form.id()));

    assertThatThrownBy(
            () ->
                in(
                    practice,
                    () -> forms.saveDraft(admin, form.id(), SampleBlueprints.previousTherapy())))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("archived");
    assertThat(in(practice, () -> forms.listVersions(admin, form.id()))).hasSize(1);
    assertThat(events.last().change()).isEqualTo(Change.ARCHIVED);
  }

  @Test
  void therapistManagesDynamicFormsButIsRefusedIntakeForms() {
    PracticeForm intake = createIntake();

    PracticeForm dynamic =
        in(
            practice,
            () ->
                forms.createForm(therapist, FormKind.DYNAMIC, SampleBlueprints.previousTherapy()));
    assertThat(in(practice, () -> forms.archive(therapist, dynamic.id())).archived()).isTrue();

    assertThatThrownBy(
            () ->
                in(
                    practice,
                    () ->
                        forms.createForm(
                            therapist, FormKind.INTAKE, SampleBlueprints.previousTherapy())))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(
            () ->
                in(
                    practice,
                    () ->
                        forms.saveDraft(
                            therapist, intake.id(), SampleBlueprints.previousTherapy())))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> in(practice, () -> forms.publish(therapist, intake.id())))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> in(practice, () -> forms.archive(therapist, intake.id())))
        .isInstanceOf(Refused.class);
    assertThat(in(practice, () -> forms.listForms(therapist)))
        .extracting(PracticeForm::kind)
        .containsOnly(FormKind.DYNAMIC);
  }

  @Test
  void staffWithoutFormRightsAreRefusedAndNonStaffFindNothing() {
    PracticeForm intake = createIntake();
    Caller frontDesk = SampleStaff.frontDeskWithoutFormRights();
    Caller client = SampleStaff.portalClient();

    assertThatThrownBy(() -> in(practice, () -> forms.listForms(frontDesk)))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> in(practice, () -> forms.listForms(client)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> in(practice, () -> forms.getForm(client, intake.id())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> in(practice, () -> forms.publish(Caller.ANONYMOUS, intake.id())))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void anotherPracticesFormIsNotFound() {
    PracticeForm theirs = createIntake();
    TenantId other = SampleStaff.newPractice("other");

    assertThatThrownBy(() -> in(other, () -> forms.getForm(admin, theirs.id())))
        .isInstanceOf(NotFound.class)
        .hasMessage("That form was not found");
    assertThatThrownBy(() -> in(other, () -> forms.publish(admin, theirs.id())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> in(other, () -> forms.copy(admin, theirs.id(), FormKind.INTAKE, "Stolen")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> in(other, () -> forms.getForm(admin, UUID.randomUUID())))
        .isInstanceOf(NotFound.class)
        .hasMessage("That form was not found");
  }

  @Test
  void anotherPracticesVersionIsNotFoundForPackets() {
    PracticeForm form = createIntake();
    PracticeFormVersion v1 = in(practice, () -> forms.publish(admin, form.id()));
    TenantId other = SampleStaff.newPractice("other");

    assertThatThrownBy(() -> in(other, () -> forms.getPublishedIntakeVersion(admin, v1.id())))
        .isInstanceOf(NotFound.class);
    assertThat(in(practice, () -> forms.getPublishedIntakeVersion(admin, v1.id())).id())
        .isEqualTo(v1.id());
  }

  @Test
  void previewIsTheEnginesHtmlOfTheDraft() {
    PracticeForm form = createIntake();

    String html = in(practice, () -> forms.preview(admin, form.id()));

    assertThat(html).contains("<form", "Have you been in therapy before?", "Tell us about it");
  }

  @Test
  void livePreviewOfAnUnsavedBlueprintNeedsTheKindsCapability() {
    assertThat(forms.previewBlueprint(admin, FormKind.INTAKE, SampleBlueprints.everyWidget()))
        .contains("Nickname");
    assertThatThrownBy(
            () ->
                forms.previewBlueprint(therapist, FormKind.INTAKE, SampleBlueprints.everyWidget()))
        .isInstanceOf(Refused.class);
  }
}
