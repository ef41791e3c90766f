package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.runtime.RuntimeSettings;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.boundary.DocumentSummary;
import org.foyer.documents.boundary.GeneralDocuments;
import org.foyer.documents.control.DocumentVault;
import org.foyer.events.RecordedEvents;
import org.foyer.intake.boundary.InvitationWithPacket;
import org.foyer.intake.boundary.SendResult;
import org.foyer.intake.control.DocumentFiling;
import org.foyer.intake.entity.AssignedForm;
import org.foyer.intake.entity.PdfReady;
import org.foyer.intake.filling.boundary.SigningContext;
import org.foyer.intake.review.boundary.SubmissionReview;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.PortalAccounts;
import org.foyer.portal.consent.ElectronicConsent;
import org.foyer.portal.invitation.ClientInvitations;
import org.foyer.portal.invitation.ClientInvited;
import org.foyer.portal.invitation.ClientProfileAdded;
import org.foyer.security.crypto.MasterKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Acknowledgment filing into the real General Documents, and sending with a real invitation. */
class IntakeWithDocumentsAndInvitationsTest {

  IntakeWorld world;
  GeneralDocuments documents;
  SubmissionReview review;
  RecordedEvents<ClientInvited> invited = new RecordedEvents<>();
  InvitationWithPacket inviteAndSend;

  @BeforeEach
  void practice() {
    world = new IntakeWorld("filing");
    documents =
        new GeneralDocuments(
            world.em,
            world.audit,
            new DocumentVault(world.em, masterKey(), world.clock),
            world.records,
            world.network,
            world.clock);
    DocumentFiling filing = new DocumentFiling(documents);
    review =
        new SubmissionReview(
            world.em,
            world.engine,
            world.records,
            world.headings,
            world.audit,
            new RecordedEvents<PdfReady>(filing::onPdfReady),
            world.clock);
    ClientInvitations invitations =
        new ClientInvitations(
            world.em,
            world.records,
            new PortalAccounts(world.em),
            world.logins,
            world.audit,
            world.settings,
            new ElectronicConsent(world.em, world.audit, Clock.systemUTC()),
            invited,
            new RecordedEvents<ClientProfileAdded>(),
            world.clock);
    inviteAndSend = new InvitationWithPacket(invitations, world.sending);
  }

  static MasterKey masterKey() {
    byte[] key = new byte[32];
    new SecureRandom().nextBytes(key);
    String encoded = Base64.getEncoder().encodeToString(key);
    return new MasterKey(
        RuntimeSettings.read(
            name -> Optional.ofNullable(Map.of(RuntimeSettings.MASTER_KEY, encoded).get(name))));
  }

  @Test
  void acknowledgingFilesTheFormsAndThePacketInGeneralDocuments() {
    Set<UUID> excluded =
        world.items().stream()
            .filter(i -> !Set.of("phq-9", "gad-7").contains(i.formKey()))
            .map(i -> i.id())
            .collect(Collectors.toSet());
    UUID assignment =
        world
            .in(
                () ->
                    world.sending.sendPacket(world.admin, world.clientId, world.packetId, excluded))
            .assignmentId();
    List<AssignedForm> forms =
        world.in(
            () ->
                world
                    .em
                    .createQuery(
                        "SELECT f FROM AssignedForm f WHERE f.assignmentId = :a",
                        AssignedForm.class)
                    .setParameter("a", assignment)
                    .getResultList());
    for (AssignedForm form : forms) {
      var post = FormFillingTest.phq9(0);
      if (form.formKey().equals("gad-7")) {
        post.remove("item8");
        post.remove("item9");
      }
      var outcome =
          world.in(
              () ->
                  world.filling.submit(
                      world.client,
                      world.clientId,
                      form.id(),
                      post,
                      new SigningContext("192.0.2.1", "", Locale.ENGLISH)));
      assertThat(outcome.received()).as("%s", outcome.rejection()).isTrue();
    }
    for (AssignedForm form : forms) {
      world.in(() -> review.acknowledge(world.desk, form.id()));
    }
    Caller reader =
        new Caller(
            UUID.randomUUID(),
            Caller.Kind.STAFF,
            "reader@example.org",
            Set.of(),
            EnumSet.allOf(Capability.class));
    List<DocumentSummary> filed = world.in(() -> documents.listDocuments(reader, world.clientId));
    assertThat(filed)
        .extracting(DocumentSummary::kind)
        .containsExactlyInAnyOrder(
            DocumentKind.INTAKE_FORM, DocumentKind.INTAKE_FORM, DocumentKind.INTAKE_PACKET);
    assertThat(filed).allSatisfy(d -> assertThat(d.contentType()).isEqualTo("application/pdf"));
  }

  @Test
  void aClientWithoutALoginIsInvitedWithThePacketAndOnlyTheInvitationIsMailed() {
    UUID lee = world.anotherClient("Lee");
    SendResult sent =
        world.in(
            () ->
                inviteAndSend.inviteAndSend(
                    world.admin,
                    lee,
                    "lee@example.org",
                    Relationship.SELF,
                    world.packetId,
                    Set.of()));
    assertThat(sent.forms()).isPositive();
    assertThat(invited.fired()).hasSize(1);
    assertThat(world.mail()).isEmpty();
  }

  @Test
  void aRefusedInvitationSendsNothing() {
    UUID lee = world.anotherClient("Lee");
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        inviteAndSend.inviteAndSend(
                            world.admin,
                            lee,
                            "not-an-email",
                            Relationship.SELF,
                            world.packetId,
                            Set.of())))
        .isInstanceOf(InvalidInput.class);
    assertThat(
            world.in(
                () ->
                    world
                        .em
                        .createQuery(
                            "SELECT COUNT(f) FROM AssignedForm f WHERE f.clientId = :c", Long.class)
                        .setParameter("c", lee)
                        .getSingleResult()))
        .isZero();
  }
}
