package org.foyer.intake.signing.entity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The order and the refusals of a form several people sign, without a database. */
class SigningPlanTest {

  static final Instant AT = Instant.parse("2026-11-27T15:00:00Z");
  static final UUID MUM = UUID.randomUUID();
  static final UUID DAD = UUID.randomUUID();

  static SigningPlan parentsThenClinician() {
    return new SigningPlan(
        List.of(
            SigningStep.waiting("consent", SignerRole.CONTACT, MUM, "Maria Rivera"),
            SigningStep.waiting("consent", SignerRole.CONTACT, DAD, "Sam Rivera"),
            SigningStep.waiting("countersignature", SignerRole.CLINICIAN, null, "the clinician")));
  }

  @Test
  void eachSignerSignsInTurnAndTheLastCompletesThePlan() {
    SigningPlan plan = parentsThenClinician();
    assertThat(plan.next()).get().extracting(SigningStep::name).isEqualTo("Maria Rivera");
    assertThat(plan.isUnsigned()).isTrue();

    plan = plan.signNext(Signatory.contact(MUM), "Consent", "mum@example.org", AT);
    assertThat(plan.isUnsigned()).isFalse();
    assertThat(plan.next()).get().extracting(SigningStep::name).isEqualTo("Sam Rivera");
    assertThat(plan.isNext(Signatory.contact(DAD))).isTrue();
    assertThat(plan.isNext(Signatory.contact(MUM))).isFalse();

    plan = plan.signNext(Signatory.contact(DAD), "Consent", "dad@example.org", AT.plusSeconds(60));
    assertThat(plan.isComplete()).isFalse();
    plan = plan.signNext(Signatory.staff(), "Consent", "therapist@example.org", AT.plusSeconds(90));

    assertThat(plan.isComplete()).isTrue();
    assertThat(plan.next()).isEmpty();
    assertThat(plan.steps())
        .extracting(SigningStep::signedBy)
        .containsExactly("mum@example.org", "dad@example.org", "therapist@example.org");
  }

  @Test
  void aLaterSignerSigningOutOfTurnIsToldWhoSignsFirst() {
    assertThatThrownBy(
            () -> parentsThenClinician().signNext(Signatory.contact(DAD), "Consent", "dad", AT))
        .isInstanceOf(NotYourSignature.class)
        .hasMessage("\"Consent\" is waiting for Maria Rivera to sign first");
  }

  @Test
  void someoneWhoIsNoSignerIsRefused() {
    assertThatThrownBy(
            () -> parentsThenClinician().signNext(Signatory.client(), "Consent", "jo", AT))
        .isInstanceOf(NotYourSignature.class)
        .hasMessage("You are not asked to sign \"Consent\"; it is waiting for Maria Rivera");
    assertThatThrownBy(
            () ->
                parentsThenClinician()
                    .signNext(Signatory.contact(UUID.randomUUID()), "Consent", "aunt", AT))
        .isInstanceOf(NotYourSignature.class);
  }

  @Test
  void onlyStaffCountersignAndStaffSignNothingElse() {
    SigningPlan plan =
        parentsThenClinician()
            .signNext(Signatory.contact(MUM), "Consent", "mum", AT)
            .signNext(Signatory.contact(DAD), "Consent", "dad", AT);
    assertThatThrownBy(() -> plan.signNext(Signatory.contact(MUM), "Consent", "mum", AT))
        .isInstanceOf(NotYourSignature.class);
    assertThatThrownBy(
            () -> parentsThenClinician().signNext(Signatory.staff(), "Consent", "therapist", AT))
        .isInstanceOf(NotYourSignature.class);
    assertThat(plan.isNext(Signatory.staff())).isTrue();
  }

  @Test
  void aCompletePlanTakesNoMoreSignatures() {
    SigningPlan one =
        new SigningPlan(List.of(SigningStep.waiting("s", SignerRole.CLIENT, null, "Jo Rivera")))
            .signNext(Signatory.client(), "Consent", "jo", AT);
    assertThatThrownBy(() -> one.signNext(Signatory.client(), "Consent", "jo", AT))
        .isInstanceOf(AlreadyReceived.class);
  }

  @Test
  void rolesSayWhoMaySign() {
    SigningStep anyone = SigningStep.waiting("s", SignerRole.ANYONE, null, "Jo Rivera");
    SigningStep client = SigningStep.waiting("s", SignerRole.CLIENT, null, "Jo Rivera");
    SigningStep anyContact = SigningStep.waiting("s", SignerRole.ANY_CONTACT, null, "a parent");
    assertThat(anyone.mayBeSignedBy(Signatory.client())).isTrue();
    assertThat(anyone.mayBeSignedBy(Signatory.contact(MUM))).isTrue();
    assertThat(anyone.mayBeSignedBy(Signatory.staff())).isFalse();
    assertThat(client.mayBeSignedBy(Signatory.contact(MUM))).isFalse();
    assertThat(anyContact.mayBeSignedBy(Signatory.client())).isFalse();
    assertThat(anyContact.mayBeSignedBy(Signatory.contact(DAD))).isTrue();
  }

  @Test
  void onlySeveralSignersANamedContactOrACountersignatureNeedAPlan() {
    assertThat(
            SigningPlan.needed(
                List.of(SigningStep.waiting("s", SignerRole.ANYONE, null, "Jo Rivera"))))
        .isFalse();
    assertThat(
            SigningPlan.needed(
                List.of(SigningStep.waiting("s", SignerRole.CONTACT, MUM, "Maria Rivera"))))
        .isTrue();
    assertThat(
            SigningPlan.needed(
                List.of(SigningStep.waiting("s", SignerRole.CLINICIAN, null, "the clinician"))))
        .isTrue();
    assertThat(SigningPlan.needed(parentsThenClinician().steps())).isTrue();
  }

  @Test
  void stepsAreSignedInOrderOnly() {
    SigningStep signed = new SigningStep("s", SignerRole.CLIENT, null, "Jo", "jo@example.org", AT);
    SigningStep waiting = SigningStep.waiting("t", SignerRole.CLIENT, null, "Jo");
    assertThatThrownBy(() -> new SigningPlan(List.of(waiting, signed)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SigningPlan(List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
