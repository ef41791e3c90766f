package org.foyer.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.clients.boundary.ClientId;
import org.foyer.contacts.boundary.ClientContacts;
import org.foyer.contacts.boundary.ContactsAtEighteen;
import org.foyer.contacts.entity.ContactDetails;
import org.foyer.contacts.entity.ContactView;
import org.foyer.contacts.entity.TurnedEighteen;
import org.foyer.core.errors.NotFound;
import org.foyer.core.validation.Inputs;
import org.foyer.fixtures.SampleCallers;
import org.foyer.fixtures.SampleClients;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.Relationship;
import org.foyer.portal.account.boundary.ContactLinks;
import org.foyer.portal.invitation.SamplePortal;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A minor's 18th birthday, counted in the practice's time zone (America/Chicago), puts them on the
 * "Turned 18" list while a parent or guardian may still act for them; their links stay as they are
 * until staff decide, and marking the review done takes them off the list, audited.
 */
class ContactsAtEighteenTest {

  /** Mia turns 18 on 28 November 2026: midnight in Chicago is 06:00 UTC. */
  static final LocalDate MIA_BORN = LocalDate.of(2008, 11, 28);

  static final Instant LAST_MINUTE_OF_17 = Instant.parse("2026-11-28T05:59:00Z");

  SamplePortal portal;
  ClientContacts contacts;
  ContactsAtEighteen review;
  ClientId mia;
  ContactView mother;

  @BeforeEach
  void practice() {
    portal = new SamplePortal();
    ContactLinks links = new ContactLinks(SamplePortal.db.entityManager());
    contacts =
        new ClientContacts(
            links,
            portal.records,
            portal.invitations(),
            portal.audit,
            Inputs.standalone(),
            portal.clock);
    review =
        new ContactsAtEighteen(
            SamplePortal.db.entityManager(),
            links,
            portal.records,
            portal.invitations(),
            portal.audit,
            portal.clock);
    mia =
        new ClientId(
            portal
                .in(
                    () ->
                        portal.records.create(
                            portal.administrator, SampleClients.complete("Mia", "Stone", MIA_BORN)))
                .id());
    mother = add(mia, "Dana Stone", "dana@example.org", Relationship.PARENT);
    add(mia, "Nel Parks", null, Relationship.EMERGENCY_CONTACT);
    add(new ClientId(portal.ella), "Maria Brooks", "maria@example.org", Relationship.PARENT);
    portal.advance(Duration.between(SamplePortal.START, LAST_MINUTE_OF_17));
  }

  ContactView add(ClientId client, String name, String email, Relationship relationship) {
    return portal.in(
        () ->
            contacts.add(
                portal.inviter,
                client,
                new ContactDetails(name, email, null, relationship, null, null, null)));
  }

  List<TurnedEighteen> list() {
    return portal.in(() -> review.listToReview(portal.inviter));
  }

  @Test
  void aMinorIsListedFromMidnightOfTheir18thBirthdayWhereThePracticeIs() {
    assertThat(list()).as("already the 28th in UTC, still the 27th in Chicago").isEmpty();
    assertThat(portal.in(() -> review.countToReview(portal.inviter))).isZero();

    portal.advance(Duration.ofMinutes(1));

    assertThat(list())
        .singleElement()
        .satisfies(
            row -> {
              assertThat(row.clientId()).isEqualTo(mia.value());
              assertThat(row.name()).endsWith("Stone");
              assertThat(row.birthday()).isEqualTo(LocalDate.of(2026, 11, 28));
              assertThat(row.guardians())
                  .as("only parents and guardians are reviewed, not the emergency contact")
                  .extracting(ContactView::name)
                  .containsExactly("Dana Stone");
            });
    assertThat(portal.in(() -> review.countToReview(portal.inviter))).isEqualTo(1);
  }

  @Test
  void theLinksStayAsTheyAreUntilStaffDecide() {
    portal.advance(Duration.ofDays(3));

    assertThat(list()).hasSize(1);
    assertThat(contactOfMia("Dana Stone").permissions()).isEqualTo(ContactPermission.all());
  }

  @Test
  void markingTheReviewDoneTakesTheClientOffTheListAndIsAudited() {
    portal.advance(Duration.ofHours(1));
    portal.run(
        () ->
            contacts.change(
                portal.inviter,
                mia,
                new org.foyer.contacts.entity.ContactId(mother.id()),
                new ContactDetails(
                    "Dana Stone",
                    "dana@example.org",
                    null,
                    Relationship.PARENT,
                    null,
                    null,
                    java.util.EnumSet.of(ContactPermission.BILLING))));

    portal.run(() -> review.markReviewed(portal.inviter, mia));

    assertThat(list()).isEmpty();
    assertThat(contactOfMia("Dana Stone").permissions())
        .as("the review keeps what staff chose")
        .containsExactly(ContactPermission.BILLING);
    AuditEvent done =
        portal.in(() -> portal.audit.listRecent(10)).stream()
            .filter(event -> event.action() == AuditAction.CONTACTS_REVIEWED_AT_18)
            .findFirst()
            .orElseThrow();
    assertThat(done.actor()).isEqualTo("desk@example.org");
    assertThat(done.subject())
        .startsWith("client " + mia.value() + " contacts reviewed at 18")
        .contains("contact " + mother.id());
    assertThatThrownBy(() -> portal.run(() -> review.markReviewed(portal.inviter, mia)))
        .as("a second review finds nothing to do")
        .isInstanceOf(NotFound.class);
  }

  @Test
  void aRevokedParentLeavesNothingToReview() {
    portal.advance(Duration.ofHours(1));
    portal.run(
        () ->
            contacts.revoke(
                portal.inviter, mia, new org.foyer.contacts.entity.ContactId(mother.id())));

    assertThat(list()).isEmpty();
  }

  @Test
  void aClientNotYet18CannotBeMarkedAndOnlyStaffMaySeeTheList() {
    assertThatThrownBy(() -> portal.run(() -> review.markReviewed(portal.inviter, mia)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                portal.in(
                    () ->
                        review.listToReview(
                            SampleCallers.portal(UUID.randomUUID(), "dana@example.org"))))
        .isInstanceOf(NotFound.class);
  }

  @Test
  void theClientIsInvitedToOwnTheirLoginThroughTheInvitationFlow() {
    portal.advance(Duration.ofHours(1));

    portal.run(() -> review.inviteClient(portal.inviter, mia));

    assertThat(portal.invited.last().acceptPath()).contains("token=");
    assertThat(list()).as("inviting is not the review").hasSize(1);
  }

  private ContactView contactOfMia(String name) {
    return portal.in(() -> contacts.listContacts(portal.inviter, mia)).stream()
        .filter(contact -> contact.name().equals(name))
        .findFirst()
        .orElseThrow();
  }
}
