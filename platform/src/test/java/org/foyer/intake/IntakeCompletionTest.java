package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.foyer.intake.boundary.IntakeCompletion;
import org.foyer.intake.boundary.SendResult;
import org.junit.jupiter.api.Test;

/** When a client's intake packet counts as in, for the rule that intake comes first. */
class IntakeCompletionTest {

  final IntakeWorld world = new IntakeWorld("intake-completion");
  final IntakeCompletion completion = new IntakeCompletion(world.em);

  boolean submitted(UUID client) {
    return world.in(() -> completion.packetSubmitted(client));
  }

  /**
   * Moves every form of the sending on, as filling and signing them would; written directly, since
   * what is asked here is only where the forms stand.
   */
  void formsOf(UUID assignment, String status) {
    world.in(
        () ->
            world
                .em
                .createNativeQuery(
                    "UPDATE intake_form SET status = ?1, submitted_answers = '{}',"
                        + " submitted_at = now(), submitted_by = 'client@example.org',"
                        + " signing_plan = '{}' WHERE assignment_id = ?2"
                        + " AND tenant_id = foyer_current_tenant()")
                .setParameter(1, status)
                .setParameter(2, assignment)
                .executeUpdate());
  }

  @Test
  void aPacketCountsOnceEveryFormOfItIsSubmitted() {
    assertThat(submitted(world.clientId)).isFalse();
    SendResult sent =
        world.in(() -> world.sending.sendPacket(world.admin, world.clientId, world.packetId, null));
    assertThat(submitted(world.clientId)).isFalse();

    formsOf(sent.assignmentId(), "AWAITING_SIGNATURE");
    assertThat(submitted(world.clientId)).isFalse();
    formsOf(sent.assignmentId(), "SUBMITTED");
    assertThat(submitted(world.clientId)).isTrue();
    formsOf(sent.assignmentId(), "ACKNOWLEDGED");
    assertThat(submitted(world.clientId)).isTrue();
  }

  @Test
  void aSingleFormSentOnItsOwnIsNotAPacket() {
    SendResult sent =
        world.in(
            () -> world.sending.sendForm(world.admin, world.clientId, "pack:foyer-default:phq-9"));
    formsOf(sent.assignmentId(), "SUBMITTED");
    assertThat(submitted(world.clientId)).isFalse();
  }

  @Test
  void anotherPracticesClientHasNothingOnFileHere() {
    SendResult sent =
        world.in(() -> world.sending.sendPacket(world.admin, world.clientId, world.packetId, null));
    formsOf(sent.assignmentId(), "SUBMITTED");
    IntakeWorld other = new IntakeWorld("intake-completion-other");
    assertThat(other.in(() -> new IntakeCompletion(other.em).packetSubmitted(world.clientId)))
        .isFalse();
  }
}
