package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.foyer.clients.boundary.ClientId;
import org.foyer.contacts.boundary.ClientContacts;
import org.foyer.contacts.entity.ContactDetails;
import org.foyer.contacts.entity.ContactId;
import org.foyer.core.errors.NotFound;
import org.foyer.core.validation.Inputs;
import org.foyer.documents.DocumentKind;
import org.foyer.documents.boundary.DocumentSummary;
import org.foyer.events.RecordedEvents;
import org.foyer.intake.entity.FormStatus;
import org.foyer.intake.filling.boundary.SigningContext;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ContactLinks;
import org.foyer.portal.account.boundary.PortalAccounts;
import org.foyer.portal.consent.ElectronicConsent;
import org.foyer.portal.invitation.ClientInvitations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A parent's link governs what the parent's login may do for the client: forms need FORMS and
 * documents need DOCUMENTS, a refusal is as not found as a thing that does not exist, and staff
 * narrowing or revoking the link takes effect on the parent's very next request.
 */
class ContactPermissionsTest {

  static final SigningContext FROM = new SigningContext("203.0.113.9", "Phone/1.0", Locale.ENGLISH);

  IntakeWorld world;
  ClientContacts contacts;
  ClientId client;
  ContactId parentLink;
  UUID formId;
  UUID documentId;

  @BeforeEach
  void practice() {
    world = new IntakeWorld("permissions");
    ClientInvitations invitations =
        new ClientInvitations(
            world.em,
            world.records,
            new PortalAccounts(world.em),
            world.logins,
            world.audit,
            world.settings,
            new ElectronicConsent(world.em, world.audit, Clock.systemUTC()),
            new RecordedEvents<>(),
            new RecordedEvents<>(),
            world.clock);
    contacts =
        new ClientContacts(
            new ContactLinks(world.em),
            world.records,
            invitations,
            world.audit,
            Inputs.standalone(),
            world.clock);
    client = new ClientId(world.clientId);
    parentLink = new ContactId(world.parentAccess.id());
    formId = world.send("phq-9");
    DocumentSummary letter =
        world.in(
            () ->
                world.documents.upload(
                    world.admin,
                    world.clientId,
                    DocumentKind.UPLOADED,
                    "Letter",
                    "letter.pdf",
                    pdf()));
    documentId = letter.id();
  }

  static byte[] pdf() {
    return ("%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  void permit(Set<ContactPermission> permissions) {
    world.in(
        () ->
            contacts.change(
                world.admin,
                client,
                parentLink,
                new ContactDetails(
                    "Maria Rivera",
                    "mum@example.org",
                    null,
                    Relationship.PARENT,
                    null,
                    null,
                    permissions)));
  }

  void assertNoForms() {
    assertThatThrownBy(() -> world.in(() -> world.filling.listForms(world.parent, world.clientId)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> world.in(() -> world.filling.open(world.parent, world.clientId, formId, "a")))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.filling.submit(
                            world.parent, world.clientId, formId, FormFillingTest.phq9(0), FROM)))
        .isInstanceOf(NotFound.class);
    assertThat(world.in(() -> world.filling.anyWaiting(world.parent, world.clientId))).isFalse();
    assertThat(world.form(formId).status()).isEqualTo(FormStatus.OUTSTANDING);
  }

  void assertNoDocuments() {
    assertThatThrownBy(
            () -> world.in(() -> world.documents.listDocuments(world.parent, world.clientId)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(() -> world.documents.download(world.parent, world.clientId, documentId)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aLinkThatMayDoEverythingOpensFormsAndDocuments() {
    assertThat(world.in(() -> world.filling.listForms(world.parent, world.clientId))).hasSize(1);
    assertThat(world.in(() -> world.filling.anyWaiting(world.parent, world.clientId))).isTrue();
    assertThat(world.in(() -> world.documents.listDocuments(world.parent, world.clientId)))
        .hasSize(1);
    assertThat(
            world
                .in(() -> world.documents.download(world.parent, world.clientId, documentId))
                .content())
        .isEqualTo(pdf());
  }

  @Test
  void withoutFormsTheFormsAreNotFoundWhileDocumentsStillOpen() {
    permit(EnumSet.of(ContactPermission.DOCUMENTS));

    assertNoForms();
    assertThat(world.in(() -> world.documents.listDocuments(world.parent, world.clientId)))
        .extracting(DocumentSummary::id)
        .containsExactly(documentId);
  }

  @Test
  void withoutDocumentsTheDocumentsAreNotFoundWhileFormsStillOpen() {
    permit(EnumSet.of(ContactPermission.FORMS));

    assertNoDocuments();
    assertThat(world.in(() -> world.filling.open(world.parent, world.clientId, formId, "a")))
        .isNotNull();
    assertThat(
            world
                .in(
                    () ->
                        world.filling.submit(
                            world.parent, world.clientId, formId, FormFillingTest.phq9(0), FROM))
                .received())
        .isTrue();
  }

  @Test
  void theClientThemselfIsNeverNarrowed() {
    permit(EnumSet.noneOf(ContactPermission.class));

    assertThat(world.in(() -> world.filling.listForms(world.client, world.clientId))).hasSize(1);
    assertThat(world.in(() -> world.documents.listDocuments(world.client, world.clientId)))
        .hasSize(1);
  }

  @Test
  void revokingEndsEverythingOnTheNextRequestAndInvitingAgainRestoresIt() {
    assertThat(world.in(() -> world.filling.listForms(world.parent, world.clientId))).hasSize(1);

    world.in(() -> contacts.revoke(world.admin, client, parentLink));

    assertNoForms();
    assertNoDocuments();

    world.in(() -> contacts.invite(world.admin, client, parentLink));
    assertThat(world.in(() -> world.filling.listForms(world.parent, world.clientId))).hasSize(1);
  }

  @Test
  void removingTheContactEndsTheirAccess() {
    world.in(
        () -> {
          contacts.remove(world.admin, client, parentLink);
          return null;
        });

    assertNoForms();
    assertNoDocuments();
    assertThat(world.in(() -> world.network.listProfiles(world.parent))).isEmpty();
  }
}
