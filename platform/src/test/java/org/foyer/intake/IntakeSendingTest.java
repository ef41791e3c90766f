package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditEvent;
import org.foyer.errors.Conflict;
import org.foyer.errors.InvalidInput;
import org.foyer.errors.NotFound;
import org.foyer.errors.Refused;
import org.foyer.intake.boundary.SendResult;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;
import org.foyer.mail.MailKind;
import org.foyer.mail.OutboxMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class IntakeSendingTest {

  IntakeWorld world;

  @BeforeEach
  void practice() {
    world = new IntakeWorld("sending");
  }

  List<AssignedForm> formsOf(UUID assignmentId) {
    return world.in(
        () ->
            world
                .em
                .createQuery(
                    "SELECT f FROM AssignedForm f WHERE f.assignmentId = :a ORDER BY f.position",
                    AssignedForm.class)
                .setParameter("a", assignmentId)
                .getResultList());
  }

  @Test
  void thePacketIsSentPinnedWithoutTheExcludedItemsAndTheLoginsAreTold() {
    UUID phq9 = world.item("phq-9").id();
    UUID gad7 = world.item("gad-7").id();
    SendResult sent =
        world.in(
            () ->
                world.sending.sendPacket(
                    world.admin, world.clientId, world.packetId, Set.of(phq9, gad7)));

    List<AssignedForm> forms = formsOf(sent.assignmentId());
    int included = (int) world.items().stream().filter(i -> i.included()).count();
    assertThat(forms).hasSize(included - 2).hasSize(sent.forms());
    assertThat(forms).extracting(AssignedForm::formKey).doesNotContain("phq-9", "gad-7");
    assertThat(forms).allSatisfy(f -> assertThat(f.status()).isEqualTo(FormStatus.OUTSTANDING));
    AssignedForm first = forms.get(0);
    assertThat(world.engine.definitionOf(first).sha256()).isEqualTo(first.definitionSha256());
    assertThat(first.packKey()).contains("foyer-default");

    assertThat(sent.notified()).isEqualTo(2);
    List<OutboxMessage> mail = world.mail();
    assertThat(mail)
        .extracting(OutboxMessage::recipient)
        .containsExactlyInAnyOrder("jo@example.org", "mum@example.org");
    assertThat(mail).allSatisfy(m -> assertThat(m.kind()).isEqualTo(MailKind.PORTAL_NOTICE));
    assertThat(mail)
        .allSatisfy(
            m ->
                assertThat(m.textBody())
                    .contains("/portal/home")
                    .doesNotContain("PHQ", "Mood", "Consent", "Rivera"));
    List<AuditEvent> events = world.in(() -> world.audit.listRecent(5));
    assertThat(events.get(0).action()).isEqualTo(AuditAction.INTAKE_SENT);
    assertThat(events.get(0).subject()).startsWith("client " + world.clientId);
  }

  @Test
  void sendingAlongWithTheInvitationSendsNoSecondMail() {
    world.in(
        () ->
            world.sending.sendPacket(world.admin, world.clientId, world.packetId, Set.of(), false));
    assertThat(world.mail()).isEmpty();
  }

  @Test
  void aSingleFormIsSentOnItsOwnAndResentUntilItIsReceived() {
    SendResult sent =
        world.in(
            () -> world.sending.sendForm(world.admin, world.clientId, "pack:foyer-default:phq-9"));
    assertThat(formsOf(sent.assignmentId()))
        .singleElement()
        .satisfies(f -> assertThat(f.formKey()).isEqualTo("phq-9"));
    SendResult again =
        world.in(() -> world.sending.resendAssignment(world.admin, sent.assignmentId()));
    assertThat(again.notified()).isEqualTo(2);
    assertThat(world.mail()).hasSize(4);
    UUID formId = formsOf(sent.assignmentId()).get(0).id();
    assertThat(world.in(() -> world.sending.resendForm(world.admin, formId)).forms()).isEqualTo(1);
  }

  @Test
  void theChoicesListPackAndPracticeForms() {
    assertThat(world.in(() -> world.sending.listFormChoices(world.admin)))
        .extracting(c -> c.key())
        .contains("pack:foyer-default:phq-9", "pack:foyer-default:client-information");
  }

  @Test
  void permissionMatrix() {
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.sending.sendPacket(
                            world.desk, world.clientId, world.packetId, Set.of())))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.sending.sendPacket(
                            world.client, world.clientId, world.packetId, Set.of())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.sending.sendForm(
                            world.desk, world.clientId, "pack:foyer-default:phq-9")))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> world.in(() -> world.sending.listFormChoices(world.parent)))
        .isInstanceOf(NotFound.class);
    assertThat(world.mail()).isEmpty();
  }

  @Test
  void anotherPracticesPacketAndClientAreNotFound() {
    IntakeWorld other = new IntakeWorld("other");
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.sending.sendPacket(
                            world.admin, world.clientId, other.packetId, Set.of())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.sending.sendPacket(
                            world.admin, other.clientId, world.packetId, Set.of())))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.sending.sendForm(
                            world.admin, other.clientId, "pack:foyer-default:phq-9")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> world.in(() -> world.sending.resendAssignment(world.admin, UUID.randomUUID())))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void malformedChoicesAndEmptySendingsAreRefused() {
    for (String key :
        new String[] {null, "", "pack:x", "practice:not-a-uuid", "file:/etc/passwd"}) {
      assertThatThrownBy(
              () -> world.in(() -> world.sending.sendForm(world.admin, world.clientId, key)))
          .isInstanceOf(NotFound.class);
    }
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.sending.sendForm(
                            world.admin, world.clientId, "practice:" + UUID.randomUUID())))
        .isInstanceOf(NotFound.class);
    Set<UUID> everything = Set.copyOf(world.items().stream().map(i -> i.id()).toList());
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.sending.sendPacket(
                            world.admin, world.clientId, world.packetId, everything)))
        .isInstanceOf(InvalidInput.class);
    assertThat(world.mail()).isEmpty();
  }

  @Test
  void aClientWithoutALoginGetsTheFormsButNoMail() {
    UUID lonely = world.anotherClient("Lee");
    SendResult sent =
        world.in(() -> world.sending.sendPacket(world.admin, lonely, world.packetId, Set.of()));
    assertThat(sent.notified()).isZero();
    assertThat(world.mail()).isEmpty();
    assertThat(formsOf(sent.assignmentId())).isNotEmpty();
  }

  @Test
  void resendingWhatWasAllReceivedIsAConflict() {
    UUID formId = world.send("phq-9");
    world.in(
        () ->
            world.filling.submit(
                world.client,
                world.clientId,
                formId,
                FormFillingTest.phq9(0),
                new org.foyer.intake.boundary.SigningContext("192.0.2.1", "", null)));
    UUID assignment = world.form(formId).assignmentId();
    assertThatThrownBy(() -> world.in(() -> world.sending.resendForm(world.admin, formId)))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(
            () -> world.in(() -> world.sending.resendAssignment(world.admin, assignment)))
        .isInstanceOf(Conflict.class);
    assertThat(world.mail()).hasSize(2);
  }
}
