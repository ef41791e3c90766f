package org.foyer.portal.invitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.portal.ClientOutreach;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.core.invitation.InvitationRefused;
import org.foyer.core.invitation.InvitationRefused.Reason;
import org.foyer.core.invitation.InvitationToken;
import org.foyer.fixtures.SampleCallers;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.PortalAccountStatus;
import org.foyer.portal.account.PortalLogin;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ContactNetwork;
import org.foyer.portal.account.entity.ClientAccess;
import org.foyer.portal.account.entity.PortalAccount;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Inviting clients and contacts to the portal, and every way a link can be dead. */
class ClientInvitationsTest {

  static final String HASH = "pbkdf2-hash-stand-in";

  SamplePortal portal;

  @BeforeEach
  void practice() {
    portal = new SamplePortal();
  }

  InvitationSent invite(UUID client, String email, Relationship relationship) {
    return inviteAs(portal.inviter, client, email, relationship);
  }

  InvitationSent inviteAs(Caller caller, UUID client, String email, Relationship relationship) {
    return portal.in(() -> portal.invitations().invite(caller, client, email, relationship));
  }

  PortalLogin accept(String token) {
    return portal.in(
        () -> portal.invitations().accept(token, "Casey Brooks", HASH, portal.consentShown()));
  }

  PortalAccount account(UUID id) {
    return portal.in(() -> SamplePortal.db.entityManager().find(PortalAccount.class, id));
  }

  void assertRefused(String token, Reason reason) {
    assertThatThrownBy(() -> portal.in(() -> portal.invitations().check(token)))
        .isInstanceOfSatisfying(
            InvitationRefused.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
    assertThatThrownBy(() -> accept(token))
        .isInstanceOfSatisfying(
            InvitationRefused.class, refused -> assertThat(refused.reason()).isEqualTo(reason));
  }

  @Test
  void anAdultClientIsInvitedWithANewLoginALinkAndAnAuditRecord() {
    InvitationSent sent = invite(portal.adult, " Jordan.Avery@Example.org ", Relationship.SELF);

    assertThat(sent.newLogin()).isTrue();
    assertThat(sent.email()).isEqualTo("jordan.avery@example.org");
    assertThat(sent.clientId()).isEqualTo(portal.adult);
    assertThat(sent.expiresAt()).isEqualTo(SamplePortal.START.plus(Duration.ofDays(7)));
    PortalAccount account = account(sent.portalAccountId());
    assertThat(account.status()).isEqualTo(PortalAccountStatus.INVITED);
    assertThat(account.displayName()).isEqualTo("Jordan Avery");
    ClientInvited mail = portal.invited.last();
    assertThat(mail.email()).isEqualTo("jordan.avery@example.org");
    assertThat(mail.greeting()).contains("Jordan Avery");
    assertThat(mail.acceptPath()).startsWith("/p/" + portal.slug + "/portal-invitation?token=");
    assertThat(InvitationToken.isWellFormed(portal.lastToken())).isTrue();
    List<AuditEvent> events = portal.in(() -> portal.audit.listRecent(10));
    assertThat(events)
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo(AuditAction.CLIENT_INVITED);
              assertThat(e.actor()).isEqualTo("desk@example.org");
              assertThat(e.subject()).startsWith("client " + portal.adult + " invited ");
            });
  }

  @Test
  void theTokenIsStoredOnlyAsItsSha256() {
    invite(portal.adult, "jordan@example.org", Relationship.SELF);
    String token = portal.lastToken();
    List<String> stored =
        portal.in(
            () ->
                portal
                    .db
                    .entityManager()
                    .createQuery("SELECT i.tokenHash FROM ClientInvitation i", String.class)
                    .getResultList());
    assertThat(stored)
        .containsExactly(new InvitationToken(token).hash())
        .allSatisfy(hash -> assertThat(hash).hasSize(64).doesNotContain(token));
  }

  @Test
  void theValidityComesFromThePracticeSettings() {
    portal.changeSettings(c -> c, new ClientOutreach(3, 3, 3));
    InvitationSent sent = invite(portal.adult, "jordan@example.org", Relationship.SELF);
    assertThat(sent.expiresAt()).isEqualTo(SamplePortal.START.plus(Duration.ofDays(3)));
  }

  @Test
  void acceptingActivatesTheLoginRecordsConsentAndUsesUpTheLink() {
    InvitationSent sent = invite(portal.adult, "jordan@example.org", Relationship.SELF);
    String token = portal.lastToken();
    Invitee invitee = portal.in(() -> portal.invitations().check(token));
    assertThat(invitee.email()).isEqualTo("jordan@example.org");
    assertThat(invitee.practiceName()).isEqualTo("Harbor Light Counseling");

    accept(token);

    PortalAccount account = account(sent.portalAccountId());
    assertThat(account.status()).isEqualTo(PortalAccountStatus.ACTIVE);
    assertThat(account.passwordHash()).contains(HASH);
    assertThat(portal.in(() -> portal.consent.isOwed(account.id()))).isFalse();
    assertRefused(token, Reason.USED);
  }

  @Test
  void anExpiredLinkIsRefusedAndChangesNothing() {
    InvitationSent sent = invite(portal.adult, "jordan@example.org", Relationship.SELF);
    String token = portal.lastToken();
    portal.advance(Duration.ofDays(7));
    assertRefused(token, Reason.EXPIRED);
    assertThat(account(sent.portalAccountId()).status()).isEqualTo(PortalAccountStatus.INVITED);
    assertThat(account(sent.portalAccountId()).passwordHash()).isEmpty();
  }

  @Test
  void invitingAgainReplacesTheEarlierLink() {
    invite(portal.adult, "jordan@example.org", Relationship.SELF);
    String first = portal.lastToken();
    InvitationSent again = invite(portal.adult, "jordan@example.org", Relationship.SELF);
    String second = portal.lastToken();

    assertThat(again.newLogin()).isFalse();
    assertThat(second).isNotEqualTo(first);
    assertRefused(first, Reason.REPLACED);
    assertThat(new InvitationRefused(Reason.REPLACED).getMessage()).contains("newer invitation");
    accept(second);
    assertRefused(first, Reason.REPLACED);
  }

  @Test
  void forgedMalformedAndHostileTokensAreNotValid() {
    InvitationSent sent = invite(portal.adult, "jordan@example.org", Relationship.SELF);
    for (String token :
        List.of(
            InvitationToken.issue().value(),
            "",
            "x",
            "' OR 1=1 --",
            "a".repeat(10_000),
            portal.lastToken() + "A",
            new InvitationToken(portal.lastToken()).hash())) {
      assertRefused(token, Reason.NOT_VALID);
    }
    assertThatThrownBy(() -> portal.in(() -> portal.invitations().check(null)))
        .isInstanceOf(InvitationRefused.class);
    assertThat(account(sent.portalAccountId()).status()).isEqualTo(PortalAccountStatus.INVITED);
  }

  @Test
  void aParentOfTwoChildrenHasOneLoginForBothProfiles() {
    InvitationSent first = invite(portal.ella, "casey@example.org", Relationship.PARENT);
    assertThat(portal.invited.last().greeting()).isEmpty();
    accept(portal.lastToken());

    InvitationSent second = invite(portal.theo, "Casey@example.org", Relationship.PARENT);

    assertThat(second.portalAccountId()).isEqualTo(first.portalAccountId());
    assertThat(second.newLogin()).isFalse();
    assertThat(second.expiresAt()).isNull();
    assertThat(portal.invited.fired()).hasSize(1);
    assertThat(portal.added.last().email()).isEqualTo("casey@example.org");
    assertThat(portal.added.last().signInPath()).isEqualTo("/p/" + portal.slug + "/login");
    Caller casey = SampleCallers.portal(first.portalAccountId(), "casey@example.org");
    List<ClientProfile> profiles =
        portal.in(
            () ->
                new ContactNetwork(SamplePortal.db.entityManager(), portal.settings, portal.records)
                    .listProfiles(casey));
    assertThat(profiles)
        .extracting(ClientProfile::clientId)
        .containsExactlyInAnyOrder(portal.ella, portal.theo);
    assertThat(account(first.portalAccountId()).displayName()).isEqualTo("Casey Brooks");
  }

  @Test
  void bothChildrenInvitedBeforeAcceptingShareOneLinkAndOneLogin() {
    InvitationSent first = invite(portal.ella, "casey@example.org", Relationship.GUARDIAN);
    String firstToken = portal.lastToken();
    InvitationSent second = invite(portal.theo, "casey@example.org", Relationship.GUARDIAN);
    assertThat(second.portalAccountId()).isEqualTo(first.portalAccountId());
    assertThat(second.newLogin()).isFalse();
    assertRefused(firstToken, Reason.REPLACED);
    accept(portal.lastToken());
    long links =
        portal.in(
            () ->
                portal
                    .db
                    .entityManager()
                    .createQuery(
                        "SELECT COUNT(a) FROM ClientAccess a WHERE a.portalAccountId = :account",
                        Long.class)
                    .setParameter("account", first.portalAccountId())
                    .getSingleResult());
    assertThat(links).isEqualTo(2);
  }

  @Test
  void invitingTheSameLoginForTheSameClientAddsNoSecondLink() {
    invite(portal.adult, "jordan@example.org", Relationship.SELF);
    invite(portal.adult, "jordan@example.org", Relationship.SELF);
    List<ClientAccess> links =
        portal.in(
            () ->
                portal
                    .db
                    .entityManager()
                    .createQuery("SELECT a FROM ClientAccess a", ClientAccess.class)
                    .getResultList());
    assertThat(links).hasSize(1);
  }

  @Test
  void staffWithoutTheCapabilityAreRefused() {
    assertThatThrownBy(
            () -> inviteAs(portal.therapist, portal.adult, "jordan@example.org", Relationship.SELF))
        .isInstanceOf(Refused.class);
    assertThat(portal.invited.fired()).isEmpty();
  }

  @Test
  void portalCallersAnonymousAndMissingOrForeignClientsAreNotFound() {
    Caller client = SampleCallers.portal(UUID.randomUUID(), "c@example.org");
    SamplePortal other = new SamplePortal();
    for (Caller caller : List.of(client, Caller.ANONYMOUS)) {
      assertThatThrownBy(() -> inviteAs(caller, portal.adult, "x@example.org", Relationship.SELF))
          .isInstanceOf(NotFound.class);
    }
    for (UUID foreign : List.of(other.adult, UUID.randomUUID())) {
      assertThatThrownBy(() -> invite(foreign, "x@example.org", Relationship.SELF))
          .isInstanceOf(NotFound.class);
    }
    assertThatThrownBy(() -> invite(null, "x@example.org", Relationship.SELF))
        .isInstanceOf(NotFound.class);
    assertThat(portal.invited.fired()).isEmpty();
  }

  @Test
  void aLinkOfAnotherPracticeIsNotValidHere() {
    SamplePortal other = new SamplePortal();
    other.in(
        () ->
            other
                .invitations()
                .invite(other.inviter, other.adult, "j@example.org", Relationship.SELF));
    String foreign = other.lastToken();
    assertRefused(foreign, Reason.NOT_VALID);
  }

  @Test
  void aClosedPortalRefusesInvitationsAndCreatesNothing() {
    portal.changeSettings(c -> SamplePortal.switches(c, false, true), ClientOutreach.DEFAULTS);
    assertThatThrownBy(() -> invite(portal.adult, "jordan@example.org", Relationship.SELF))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("portal is switched off");
    long accounts =
        portal.in(
            () ->
                portal
                    .db
                    .entityManager()
                    .createQuery("SELECT COUNT(a) FROM PortalAccount a", Long.class)
                    .getSingleResult());
    assertThat(accounts).isZero();
    assertThat(portal.invited.fired()).isEmpty();
  }

  @Test
  void aClosedContactNetworkRefusesContactsButNotTheClient() {
    portal.changeSettings(c -> SamplePortal.switches(c, true, false), ClientOutreach.DEFAULTS);
    assertThatThrownBy(() -> invite(portal.ella, "casey@example.org", Relationship.PARENT))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("Contact Network");
    assertThat(invite(portal.adult, "jordan@example.org", Relationship.SELF).newLogin()).isTrue();
  }

  @Test
  void aBadEmailAndAMissingRelationshipAreNamed() {
    assertThatThrownBy(() -> invite(portal.adult, "not an email", null))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("email", "relationship"));
    assertThatThrownBy(
            () -> invite(portal.adult, "a".repeat(250) + "@example.org", Relationship.SELF))
        .isInstanceOf(InvalidInput.class);
  }

  @Test
  void aBlankNameOnAcceptanceIsRefusedAndTheLinkStaysUsable() {
    invite(portal.adult, "jordan@example.org", Relationship.SELF);
    String token = portal.lastToken();
    assertThatThrownBy(
            () ->
                portal.in(
                    () -> portal.invitations().accept(token, "  ", HASH, portal.consentShown())))
        .isInstanceOfSatisfying(
            InvalidInput.class,
            invalid -> assertThat(invalid.fieldErrors()).containsOnlyKeys("displayName"));
    portal.in(() -> portal.invitations().check(token));
  }
}
