package org.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.clients.boundary.ClientId;
import org.foyer.contacts.boundary.ClientContacts;
import org.foyer.contacts.entity.ContactDetails;
import org.foyer.contacts.entity.ContactId;
import org.foyer.contacts.entity.ContactView;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.validation.Inputs;
import org.foyer.fixtures.SampleCallers;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.PortalStatus;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ContactLinks;
import org.foyer.portal.account.boundary.ContactNetwork;
import org.foyer.portal.account.boundary.PortalAccounts;
import org.foyer.portal.account.boundary.ProfilesThisRequest;
import org.foyer.portal.invitation.InvitationSent;
import org.foyer.portal.invitation.SamplePortal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Staff keep a client's contacts: defaults, one person per email, isolation, audit, invitation. */
class ClientContactsTest {

  SamplePortal portal;
  ClientContacts contacts;
  ContactNetwork network;
  ClientId ella;
  ClientId adult;

  @BeforeEach
  void practice() {
    portal = new SamplePortal();
    contacts =
        new ClientContacts(
            new ContactLinks(SamplePortal.db.entityManager()),
            portal.records,
            portal.invitations(),
            portal.audit,
            Inputs.standalone(),
            portal.clock);
    network = new ContactNetwork(SamplePortal.db.entityManager(), portal.settings, portal.records);
    ella = new ClientId(portal.ella);
    adult = new ClientId(portal.adult);
  }

  /** Maria Brooks, Ella's parent, whose link permits only these. */
  static ContactDetails mariaMay(Set<ContactPermission> permissions) {
    return new ContactDetails(
        "Maria Brooks", "maria@example.org", null, Relationship.PARENT, null, null, permissions);
  }

  static ContactDetails details(String name, String email, Relationship relationship) {
    return new ContactDetails(name, email, "312 555 0100", relationship, null, null, null);
  }

  ContactView add(ClientId client, ContactDetails details) {
    return portal.in(() -> contacts.add(portal.inviter, client, details));
  }

  List<ContactView> list(ClientId client) {
    return portal.in(() -> contacts.listContacts(portal.inviter, client));
  }

  @Test
  void aParentOfAMinorMayDoEverythingAndAnEmergencyContactNothing() {
    ContactView mother =
        add(ella, details("Maria Brooks", "maria@example.org", Relationship.PARENT));
    ContactView neighbour = add(ella, details("Nel Parks", null, Relationship.EMERGENCY_CONTACT));

    assertThat(mother.permissions()).isEqualTo(ContactPermission.all());
    assertThat(neighbour.permissions()).isEmpty();
    assertThat(neighbour.permissionsInWords()).isEqualTo("Listed only: no access for this client");
    assertThat(mother.portalStatus()).isEqualTo(PortalStatus.NOT_INVITED);
    assertThat(list(ella))
        .extracting(ContactView::name)
        .containsExactly("Maria Brooks", "Nel Parks");
  }

  @Test
  void eachRelationshipHasItsDocumentedDefaults() {
    assertThat(Relationship.PARENT.defaultPermissions(false)).isEmpty();
    assertThat(Relationship.GUARDIAN.defaultPermissions(false)).isEqualTo(ContactPermission.all());
    assertThat(Relationship.SPOUSE_OR_PARTNER.defaultPermissions(false))
        .containsExactlyInAnyOrder(ContactPermission.APPOINTMENTS, ContactPermission.NOTICES);
    assertThat(Relationship.RESPONSIBLE_PARTY.defaultPermissions(true))
        .containsExactlyInAnyOrder(ContactPermission.BILLING, ContactPermission.NOTICES);
    assertThat(Relationship.CUSTOM.defaultPermissions(true)).isEmpty();

    ContactView partner =
        add(adult, details("Sam Avery", "sam@example.org", Relationship.SPOUSE_OR_PARTNER));
    assertThat(partner.permissionsInWords())
        .isEqualTo("May manage appointments and receive notices");
  }

  @Test
  void chosenPermissionsAndACustomLabelAreKept() {
    ContactView grandmother =
        add(
            ella,
            new ContactDetails(
                "Rose Brooks",
                "rose@example.org",
                null,
                Relationship.CUSTOM,
                "Grandmother",
                null,
                EnumSet.of(ContactPermission.APPOINTMENTS)));

    assertThat(grandmother.relationshipLabel()).isEqualTo("Grandmother");
    assertThat(grandmother.permissions()).containsExactly(ContactPermission.APPOINTMENTS);
  }

  @Test
  void theSameEmailFindsTheSamePerson() {
    ContactView forElla =
        add(ella, details("Maria Brooks", "maria@example.org", Relationship.PARENT));
    ContactView forTheo =
        add(
            new ClientId(portal.theo),
            details("M. Brooks", " MARIA@example.org ", Relationship.GUARDIAN));

    assertThat(forTheo.name()).isEqualTo("Maria Brooks");
    assertThat(forTheo.id()).isNotEqualTo(forElla.id());
    long people =
        portal.in(
            () ->
                SamplePortal.db
                    .entityManager()
                    .createQuery("SELECT COUNT(c) FROM Contact c", Long.class)
                    .getSingleResult());
    assertThat(people).isEqualTo(1);
    assertThatThrownBy(
            () -> add(ella, details("Maria again", "maria@example.org", Relationship.GUARDIAN)))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void aContactMayBeAClientOfThePractice() {
    ContactView parent =
        add(
            ella,
            new ContactDetails(null, null, null, Relationship.PARENT, null, portal.adult, null));

    assertThat(parent.name()).isEqualTo("Jordan Avery");
    assertThat(parent.clientId()).isEqualTo(portal.adult);
    assertThatThrownBy(
            () ->
                add(
                    ella,
                    new ContactDetails(
                        null, null, null, Relationship.PARENT, null, portal.ella, null)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid -> assertThat(invalid.fieldErrors()).containsKey("clientId"));
  }

  @Test
  void badInputNamesEachField() {
    assertThatThrownBy(
            () ->
                add(
                    ella,
                    new ContactDetails(
                        " ", "not-an-email", "12", Relationship.CUSTOM, null, null, null)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid ->
                assertThat(invalid.fieldErrors())
                    .containsOnlyKeys("name", "email", "phone", "relationshipLabel"));
    assertThatThrownBy(() -> add(ella, details("Jo", null, Relationship.SELF)))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("relationship"));
  }

  @Test
  void anotherClientsOrPracticesContactIsNotFound() {
    ContactView mother =
        add(ella, details("Maria Brooks", "maria@example.org", Relationship.PARENT));
    ContactId id = new ContactId(mother.id());
    ClientId theo = new ClientId(portal.theo);

    assertThatThrownBy(() -> portal.in(() -> contacts.getContact(portal.inviter, theo, id)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                portal.in(
                    () ->
                        contacts.change(
                            portal.inviter, theo, id, details("X", null, Relationship.PARENT))))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> portal.run(() -> contacts.remove(portal.inviter, theo, id)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> portal.in(() -> contacts.invite(portal.inviter, theo, id)))
        .isInstanceOf(NotFound.class);

    SamplePortal other = new SamplePortal();
    assertThatThrownBy(() -> other.in(() -> contacts.getContact(other.inviter, ella, id)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> other.in(() -> contacts.getContact(other.inviter, new ClientId(other.ella), id)))
        .isInstanceOf(NotFound.class);
    assertThat(other.in(() -> contacts.listContacts(other.inviter, new ClientId(other.ella))))
        .isEmpty();
  }

  @Test
  void onlyStaffWithTheInvitingCapabilityChangeContactsAndPortalLoginsFindNothing() {
    ContactView mother =
        add(ella, details("Maria Brooks", "maria@example.org", Relationship.PARENT));
    Caller login = SampleCallers.portal(UUID.randomUUID(), "maria@example.org");

    assertThat(portal.in(() -> contacts.listContacts(portal.therapist, ella))).hasSize(1);
    assertThatThrownBy(
            () ->
                portal.in(
                    () ->
                        contacts.add(
                            portal.therapist, ella, details("X", null, Relationship.PARENT))))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> portal.in(() -> contacts.listContacts(login, ella)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> portal.in(() -> contacts.revoke(login, ella, new ContactId(mother.id()))))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void invitingRevokingAndInvitingAgainFollowsThePortalStatus() {
    ContactView mother = add(ella, mariaMay(EnumSet.of(ContactPermission.DOCUMENTS)));
    ContactId id = new ContactId(mother.id());

    InvitationSent sent = portal.in(() -> contacts.invite(portal.inviter, ella, id));
    assertThat(sent.email()).isEqualTo("maria@example.org");
    PortalAccounts accounts = new PortalAccounts(SamplePortal.db.entityManager());
    assertThat(portal.in(() -> accounts.findLogin("maria@example.org")).orElseThrow().displayName())
        .as("the new login starts with the name staff entered, not the email's local part")
        .isEqualTo("Maria Brooks");
    assertThat(portal.in(() -> contacts.getContact(portal.inviter, ella, id)).portalStatus())
        .isEqualTo(PortalStatus.INVITED);
    Caller maria = SampleCallers.portal(sent.portalAccountId(), "maria@example.org");
    ClientProfile profile = portal.in(() -> network.getProfile(maria, portal.ella));
    assertThat(profile.permissions()).containsExactly(ContactPermission.DOCUMENTS);

    portal.in(() -> contacts.invite(portal.inviter, ella, id));
    assertThat(portal.invited.fired()).hasSize(2);
    assertThat(list(ella)).hasSize(1);

    ContactView revoked = portal.in(() -> contacts.revoke(portal.inviter, ella, id));
    assertThat(revoked.portalStatus()).isEqualTo(PortalStatus.REVOKED);
    assertThatThrownBy(() -> portal.in(() -> network.getProfile(maria, portal.ella)))
        .isInstanceOf(NotFound.class);

    portal.in(() -> contacts.invite(portal.inviter, ella, id));
    assertThat(portal.in(() -> network.getProfile(maria, portal.ella)).permissions())
        .containsExactly(ContactPermission.DOCUMENTS);
    assertThat(list(ella))
        .extracting(ContactView::portalStatus)
        .containsExactly(PortalStatus.INVITED);
  }

  @Test
  void aRequestReadsTheProfilesOnceAndItsOwnChangeOfLinkAtOnce() {
    ContactView mother = add(ella, mariaMay(EnumSet.of(ContactPermission.DOCUMENTS)));
    ContactId id = new ContactId(mother.id());
    InvitationSent sent = portal.in(() -> contacts.invite(portal.inviter, ella, id));
    Caller maria = SampleCallers.portal(sent.portalAccountId(), "maria@example.org");

    ProfilesThisRequest mariasRequest = new ProfilesThisRequest();
    ContactNetwork inMariasRequest =
        new ContactNetwork(
            SamplePortal.db.entityManager(), portal.settings, portal.records, mariasRequest);
    assertThat(portal.in(() -> inMariasRequest.getProfile(maria, portal.ella)).permissions())
        .containsExactly(ContactPermission.DOCUMENTS);

    // Staff widen the link in their own request while Maria's is still being answered.
    portal.in(
        () ->
            contacts.change(
                portal.inviter,
                ella,
                id,
                mariaMay(EnumSet.of(ContactPermission.DOCUMENTS, ContactPermission.MESSAGES))));
    assertThat(portal.in(() -> inMariasRequest.getProfile(maria, portal.ella)).permissions())
        .as("one request answers from one reading of the links")
        .containsExactly(ContactPermission.DOCUMENTS);
    assertThat(portal.in(() -> network.getProfile(maria, portal.ella)).permissions())
        .as("the next request reads them again")
        .containsExactlyInAnyOrder(ContactPermission.DOCUMENTS, ContactPermission.MESSAGES);

    // A change made within the request itself is seen at once.
    ClientContacts inTheSameRequest =
        new ClientContacts(
            new ContactLinks(SamplePortal.db.entityManager(), mariasRequest),
            portal.records,
            portal.invitations(),
            portal.audit,
            Inputs.standalone(),
            portal.clock);
    portal.in(() -> inTheSameRequest.revoke(portal.inviter, ella, id));
    assertThatThrownBy(() -> portal.in(() -> inMariasRequest.getProfile(maria, portal.ella)))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aContactWithoutEmailCannotBeInvited() {
    ContactView neighbour = add(ella, details("Nel Parks", null, Relationship.EMERGENCY_CONTACT));

    assertThatThrownBy(
            () ->
                portal.in(
                    () -> contacts.invite(portal.inviter, ella, new ContactId(neighbour.id()))))
        .isInstanceOfSatisfying(
            InvalidInput.class, invalid -> assertThat(invalid.fieldErrors()).containsKey("email"));
  }

  @Test
  void narrowingAndRemovingTakeEffectOnTheNextRequest() {
    ContactView mother =
        add(ella, details("Maria Brooks", "maria@example.org", Relationship.PARENT));
    ContactId id = new ContactId(mother.id());
    InvitationSent sent = portal.in(() -> contacts.invite(portal.inviter, ella, id));
    Caller maria = SampleCallers.portal(sent.portalAccountId(), "maria@example.org");
    assertThat(portal.in(() -> network.permits(maria, portal.ella, ContactPermission.FORMS)))
        .isTrue();

    ContactView narrowed =
        portal.in(
            () ->
                contacts.change(
                    portal.inviter,
                    ella,
                    id,
                    new ContactDetails(
                        "Maria Brooks",
                        "maria@example.org",
                        null,
                        Relationship.PARENT,
                        null,
                        null,
                        Set.of(ContactPermission.NOTICES))));
    assertThat(narrowed.permissions()).containsExactly(ContactPermission.NOTICES);
    assertThat(portal.in(() -> network.permits(maria, portal.ella, ContactPermission.FORMS)))
        .isFalse();
    assertThatThrownBy(
            () -> portal.in(() -> network.getProfile(maria, portal.ella, ContactPermission.FORMS)))
        .isInstanceOf(NotFound.class);

    portal.run(() -> contacts.remove(portal.inviter, ella, id));
    assertThat(list(ella)).isEmpty();
    assertThat(portal.in(() -> network.listProfiles(maria))).isEmpty();
  }

  @Test
  void theEmailOfSomeoneWhoSignsInCannotChangeHere() {
    ContactView mother =
        add(ella, details("Maria Brooks", "maria@example.org", Relationship.PARENT));
    ContactId id = new ContactId(mother.id());
    portal.in(() -> contacts.invite(portal.inviter, ella, id));

    assertThatThrownBy(
            () ->
                portal.in(
                    () ->
                        contacts.change(
                            portal.inviter,
                            ella,
                            id,
                            details("Maria Brooks", "other@example.org", Relationship.PARENT))))
        .isInstanceOf(Conflict.class);
  }

  @Test
  void everyChangeAndReadIsAudited() {
    ContactView mother =
        add(ella, details("Maria Brooks", "maria@example.org", Relationship.PARENT));
    ContactId id = new ContactId(mother.id());
    portal.in(
        () ->
            contacts.change(
                portal.inviter, ella, id, details("Maria B.", null, Relationship.GUARDIAN)));
    portal.in(() -> contacts.revoke(portal.inviter, ella, id));
    list(ella);
    portal.run(() -> contacts.remove(portal.inviter, ella, id));

    List<AuditEvent> events = portal.in(() -> portal.audit.listRecent(20));
    assertThat(events)
        .filteredOn(e -> e.subject().startsWith("client " + portal.ella + " "))
        .extracting(AuditEvent::action)
        .contains(
            AuditAction.CONTACT_ADDED,
            AuditAction.CONTACT_CHANGED,
            AuditAction.CONTACT_ACCESS_REVOKED,
            AuditAction.RECORD_READ,
            AuditAction.CONTACT_REMOVED);
    assertThat(events)
        .filteredOn(e -> e.action() == AuditAction.CONTACT_ADDED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("desk@example.org");
              assertThat(e.subject())
                  .isEqualTo(
                      "client "
                          + portal.ella
                          + " contact "
                          + mother.id()
                          + " added as PARENT may "
                          + "FORMS,DOCUMENTS,MESSAGES,APPOINTMENTS,BILLING,NOTICES");
            });
  }

  @Test
  void someoneInvitedThroughTheInvitationsEndpointIsListedAsAContact() {
    portal.in(
        () ->
            portal
                .invitations()
                .invite(portal.inviter, portal.ella, "dad@example.org", Relationship.PARENT));
    portal.in(
        () ->
            portal
                .invitations()
                .invite(
                    portal.inviter,
                    portal.ella,
                    "nel@example.org",
                    Relationship.EMERGENCY_CONTACT));

    assertThat(list(ella))
        .extracting(ContactView::email, ContactView::permissions, ContactView::portalStatus)
        .containsExactlyInAnyOrder(
            tuple("dad@example.org", ContactPermission.all(), PortalStatus.INVITED),
            tuple("nel@example.org", Set.of(), PortalStatus.INVITED));
  }
}
