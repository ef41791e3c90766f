package org.foyer.diagnoses;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.foyer.billing.BillingWorld;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.validation.Inputs;
import org.foyer.diagnoses.boundary.Diagnoses;
import org.junit.jupiter.api.Test;

/**
 * A client's ICD-10 codes: kept by the client's clinician or a biller, refused with the field for
 * anything that is not a code, and missing for everyone else.
 */
class DiagnosesTest {

  final BillingWorld world = new BillingWorld("diagnoses");
  final Diagnoses diagnoses =
      new Diagnoses(
          world.base.em,
          world.base.records,
          world.base.audit,
          Inputs.standalone(),
          world.base.clock);

  private DiagnosisView add(Caller who, String code, String words) {
    return world.in(() -> diagnoses.add(who, world.base.jo, new DiagnosisInput(code, words)));
  }

  @Test
  void theClinicianAddsCodesAsTypedAndTheBillerReadsThemNormalised() {
    DiagnosisView anxiety = add(world.base.therapist, " f411 ", "Generalized anxiety disorder");
    add(world.biller, "Z63.0", "Relationship distress");

    assertThat(anxiety.code()).isEqualTo("F41.1");
    assertThat(world.in(() -> diagnoses.list(world.biller, world.base.jo)))
        .extracting(DiagnosisView::code, DiagnosisView::description)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("F41.1", "Generalized anxiety disorder"),
            org.assertj.core.groups.Tuple.tuple("Z63.0", "Relationship distress"));

    world.in(
        () -> {
          diagnoses.remove(world.base.therapist, world.base.jo, anxiety.id());
          return null;
        });
    assertThat(world.in(() -> diagnoses.listForDocument(world.base.jo)))
        .extracting(DiagnosisView::code)
        .containsExactly("Z63.0");
    assertThatThrownBy(
            () ->
                world.in(
                    () -> {
                      diagnoses.remove(world.base.therapist, world.base.jo, anxiety.id());
                      return null;
                    }))
        .as("a removed code is gone")
        .isInstanceOf(NotFound.class);
  }

  @Test
  void whatIsNotACodeOrNotPlainWordsIsRefusedByField() {
    for (String notACode : List.of("41.1", "F4", "F41.12345", "<b>F41</b>", "F41..1")) {
      assertThatThrownBy(() -> add(world.base.therapist, notACode, "Anxiety"))
          .as(notACode)
          .isInstanceOfSatisfying(
              InvalidInput.class, refused -> assertThat(refused.fieldErrors()).containsKey("code"));
    }
    assertThatThrownBy(() -> add(world.base.therapist, "F41.1", "Anxiety\u0000\u202e"))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            refused -> assertThat(refused.fieldErrors()).containsKey("description"));
    assertThatThrownBy(() -> add(world.base.therapist, "F41.1", "x".repeat(201)))
        .isInstanceOf(InvalidInput.class);
    add(world.base.therapist, "F41.1", "Anxiety");
    assertThatThrownBy(() -> add(world.base.therapist, "f41.1", "Anxiety again"))
        .as("a code already listed")
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void anotherClinicianAPortalLoginAnotherPracticeAndUnknownIdsMeet404() {
    BillingWorld other = new BillingWorld("diagnoses-other");
    UUID theirClient = other.base.jo;

    for (var stranger :
        List.of(world.base.otherTherapist, world.withoutBilling, world.base.joLogin)) {
      assertThatThrownBy(() -> world.in(() -> diagnoses.list(stranger, world.base.jo)))
          .isInstanceOf(NotFound.class);
      assertThat(world.in(() -> diagnoses.mayKeep(stranger, world.base.jo))).isFalse();
    }
    assertThatThrownBy(() -> world.in(() -> diagnoses.list(world.biller, theirClient)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.in(() -> diagnoses.list(world.biller, UUID.randomUUID())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> add(world.base.otherTherapist, "F41.1", "Anxiety"))
        .isInstanceOf(NotFound.class);
    assertThat(world.in(() -> diagnoses.listForDocument(world.base.jo))).isEmpty();
  }
}
