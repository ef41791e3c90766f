package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.clients.entity.Client;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.OutboxMessage;
import org.foyer.intake.boundary.SendResult;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.FormStatus;
import org.foyer.portal.consent.ConsentAcceptance;
import org.foyer.portal.consent.ConsentText;
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
    // Left out: the two excluded, and the minor consent, Jo being an adult.
    assertThat(forms).hasSize(included - 3).hasSize(sent.forms());
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
  void anAdultNeverGetsTheMinorConsentAndAMinorDoes() {
    UUID mia =
        world.in(
            () -> {
              Client minor = new Client("Mia", "Rivera", LocalDate.of(2015, 3, 1), true);
              world.em.persist(minor);
              world.em.flush();
              return minor.id();
            });

    SendResult toAdult =
        world.in(() -> world.sending.sendPacket(world.admin, world.clientId, world.packetId, null));
    SendResult toMinor =
        world.in(() -> world.sending.sendPacket(world.admin, mia, world.packetId, null));

    assertThat(formsOf(toAdult.assignmentId()))
        .extracting(AssignedForm::formKey)
        .doesNotContain("minor-consent")
        .contains("client-information", "insurance-information");
    assertThat(formsOf(toMinor.assignmentId()))
        .extracting(AssignedForm::formKey)
        .contains("minor-consent", "client-information");
    assertThat(formsOf(toAdult.assignmentId()))
        .extracting(AssignedForm::position)
        .containsExactlyElementsOf(
            java.util.stream.IntStream.range(0, toAdult.forms()).boxed().toList());
  }

  @Test
  void aPacketOfOnlyMinorFormsIsRefusedForAnAdultWithAClearMessage() {
    UUID onlyMinor =
        world.in(
            () -> {
              UUID packet = world.packets.createPacket(world.admin, "Minors only").id();
              world.packets.listItems(world.admin, packet).stream()
                  .filter(i -> !i.formKey().equals("minor-consent"))
                  .forEach(i -> world.packets.setIncluded(world.admin, packet, i.id(), false));
              return packet;
            });
    assertThatThrownBy(
            () ->
                world.in(
                    () -> world.sending.sendPacket(world.admin, world.clientId, onlyMinor, null)))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("None of the chosen forms applies to");
  }

  @Test
  void theConsentToElectronicRecordsIsLeftOutOnceAPortalLoginGaveIt() {
    UUID older =
        world.in(
            () -> {
              UUID packet = world.packets.createPacket(world.admin, "Made before").id();
              world.packets.addPackForm(
                  world.admin, packet, "foyer-default", "electronic-records-consent");
              return packet;
            });
    assertThat(world.items().stream().map(i -> i.formKey()))
        .as("a new packet no longer asks for it")
        .doesNotContain("electronic-records-consent");

    SendResult before =
        world.in(() -> world.sending.sendPacket(world.admin, world.clientId, older, null));
    assertThat(formsOf(before.assignmentId()))
        .extracting(AssignedForm::formKey)
        .contains("electronic-records-consent");

    world.in(
        () -> {
          world.em.persist(
              new ConsentAcceptance(
                  world.client.accountId(),
                  ConsentText.of(1, "en", "I agree to electronic records."),
                  Instant.now(),
                  "203.0.113.5",
                  "test"));
          return null;
        });
    SendResult after =
        world.in(() -> world.sending.sendPacket(world.admin, world.clientId, older, null));
    assertThat(formsOf(after.assignmentId()))
        .extracting(AssignedForm::formKey)
        .doesNotContain("electronic-records-consent")
        .contains("client-information");
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
                new org.foyer.intake.filling.boundary.SigningContext("192.0.2.1", "", null)));
    UUID assignment = world.form(formId).assignmentId();
    assertThatThrownBy(() -> world.in(() -> world.sending.resendForm(world.admin, formId)))
        .isInstanceOf(Conflict.class);
    assertThatThrownBy(
            () -> world.in(() -> world.sending.resendAssignment(world.admin, assignment)))
        .isInstanceOf(Conflict.class);
    assertThat(world.mail()).hasSize(2);
  }
}
