package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;
import org.foyer.intake.filling.boundary.FormSummary;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff take back a form sent by mistake; the portal stops offering it, the record keeps it. */
class FormWithdrawalTest {

  IntakeWorld world;

  @BeforeEach
  void practice() {
    world = new IntakeWorld("withdrawal");
  }

  String withdraw(UUID clientId, UUID formId) {
    return world.in(() -> world.sending.withdrawForm(world.admin, clientId, formId));
  }

  @Test
  void aWithdrawnFormLeavesThePortalAndStaysOnTheRecordWithWhoAndWhen() {
    UUID phq9 = world.send("phq-9");
    UUID gad7 = world.send("gad-7");

    assertThat(withdraw(world.clientId, phq9)).isEqualTo("Mood Questionnaire (PHQ-9)");

    AssignedForm kept = world.form(phq9);
    assertThat(kept.status()).isEqualTo(FormStatus.WITHDRAWN);
    assertThat(kept.withdrawnBy()).contains("admin@example.org");
    assertThat(kept.withdrawnAt()).isPresent();
    assertThat(world.in(() -> world.filling.listForms(world.client, world.clientId)))
        .extracting(FormSummary::id)
        .containsExactly(gad7);
    assertThat(world.in(() -> world.filling.listWithdrawn(world.parent, world.clientId)))
        .extracting(FormSummary::id)
        .containsExactly(phq9);
    var byWithdrawn =
        world.in(() -> world.filling.listFormsByWithdrawn(world.client, world.clientId));
    assertThat(byWithdrawn.get(false)).extracting(FormSummary::id).containsExactly(gad7);
    assertThat(byWithdrawn.get(true)).extracting(FormSummary::id).containsExactly(phq9);
    assertThatThrownBy(
            () -> world.in(() -> world.filling.open(world.client, world.clientId, phq9, "a")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.filling.submit(
                            world.client,
                            world.clientId,
                            phq9,
                            FormFillingTest.phq9(0),
                            FormFillingTest.FROM)))
        .isInstanceOf(NotFound.class);
    assertThat(world.in(() -> world.review.listForClient(world.admin, world.clientId)))
        .filteredOn(form -> form.id().equals(phq9))
        .singleElement()
        .satisfies(
            form -> {
              assertThat(form.statusLabel()).isEqualTo("Withdrawn");
              assertThat(form.isReceived()).isFalse();
              assertThat(form.withdrawnBy()).isEqualTo("admin@example.org");
            });
    List<AuditEvent> events = world.in(() -> world.audit.listRecent(1));
    assertThat(events.get(0).action()).isEqualTo(AuditAction.INTAKE_WITHDRAWN);
    assertThat(events.get(0).subject()).contains("form " + phq9);
  }

  @Test
  void aSubmittedFormCannotBeWithdrawnNorAWithdrawnOneTwice() {
    UUID phq9 = world.send("phq-9");
    world.in(
        () ->
            world.filling.submit(
                world.client, world.clientId, phq9, FormFillingTest.phq9(0), FormFillingTest.FROM));
    assertThatThrownBy(() -> withdraw(world.clientId, phq9))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("was already submitted, so it cannot be withdrawn");
    assertThat(world.form(phq9).status()).isEqualTo(FormStatus.SUBMITTED);

    UUID gad7 = world.send("gad-7");
    withdraw(world.clientId, gad7);
    assertThatThrownBy(() -> withdraw(world.clientId, gad7))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("already withdrawn");
  }

  @Test
  void anotherClientsOrPracticesFormMeetsNotFoundAndStaffWithoutTheCapabilityAreRefused() {
    UUID phq9 = world.send("phq-9");
    UUID lee = world.anotherClient("Lee");
    assertThatThrownBy(() -> withdraw(lee, phq9)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> withdraw(world.clientId, UUID.randomUUID()))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> withdraw(world.clientId, null)).isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> world.in(() -> world.sending.withdrawForm(world.desk, world.clientId, phq9)))
        .isInstanceOf(Refused.class);
    IntakeWorld other = new IntakeWorld("other");
    assertThatThrownBy(
            () -> other.in(() -> other.sending.withdrawForm(other.admin, other.clientId, phq9)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> other.in(() -> other.sending.withdrawForm(other.admin, world.clientId, phq9)))
        .isInstanceOf(NotFound.class);
    assertThat(world.form(phq9).status()).isEqualTo(FormStatus.OUTSTANDING);
  }
}
