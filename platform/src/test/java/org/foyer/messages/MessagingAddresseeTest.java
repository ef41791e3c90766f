package org.foyer.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.PortalPerson;
import org.foyer.portal.account.Relationship;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Staff writing to one person acting for a client (Sam, 15: his own login, his mother Maria and his
 * father Luis): the conversation is between the care team and that login alone. Everyone else
 * acting for Sam meets what they meet for a conversation that does not exist, in lists, counts,
 * notices and the activity page; a contact who cannot read messages, or someone else's contact,
 * cannot be chosen.
 */
class MessagingAddresseeTest {

  MessagingWorld world;
  Caller father;
  UUID mariasLink;
  UUID fathersLink;
  UUID samsOwnLink;

  @BeforeEach
  void practice() {
    world = new MessagingWorld("addressee");
    father = world.login(world.sam, "luis@example.org", "Luis Rivera", Relationship.PARENT);
    mariasLink = world.samParentLink.id();
    fathersLink = world.in(() -> world.link(world.sam, father.accountId()).id());
    samsOwnLink = world.in(() -> world.link(world.sam, world.samLogin.accountId()).id());
  }

  ConversationSummary writeTo(UUID contact, boolean keepFromGuardians) {
    return world.in(
        () ->
            world.messaging.start(
                world.therapist,
                world.sam,
                new NewConversation(
                    "Pick-up on Friday",
                    "Could you collect Sam at 4:30?",
                    world.sam,
                    keepFromGuardians,
                    contact)));
  }

  List<UUID> portalList(Caller caller) {
    return world
        .in(() -> world.lists.listForPortal(caller, world.sam, null, null))
        .conversations()
        .stream()
        .map(ConversationSummary::id)
        .toList();
  }

  long unread(Caller caller) {
    return world.in(() -> world.lists.countUnread(caller, world.sam));
  }

  long conversations() {
    return world.in(
        () ->
            world
                .em
                .createQuery("SELECT COUNT(c) FROM Conversation c", Long.class)
                .getSingleResult());
  }

  @Test
  void staffWriteToOneParentAndOnlyThatParentTakesPart() {
    ConversationSummary started = writeTo(mariasLink, false);

    assertThat(started.withOnly()).isEqualTo("Maria Rivera (Parent)");
    assertThat(portalList(world.samParent)).containsExactly(started.id());
    assertThat(unread(world.samParent)).isEqualTo(1);
    assertThat(world.in(() -> world.messaging.open(world.samParent, started.id(), null, null)))
        .satisfies(view -> assertThat(view.messages()).hasSize(1));
    for (Caller other : List.of(father, world.samLogin)) {
      assertThat(portalList(other)).isEmpty();
      assertThat(unread(other)).isZero();
      assertThatThrownBy(
              () -> world.in(() -> world.messaging.open(other, started.id(), null, null)))
          .isInstanceOf(NotFound.class)
          .hasMessage(
              MessagingTest.catchMessage(
                  () ->
                      world.in(() -> world.messaging.open(other, UUID.randomUUID(), null, null))));
      assertThatThrownBy(
              () ->
                  world.in(
                      () -> world.messaging.reply(other, started.id(), new NewMessage("Me too?"))))
          .isInstanceOf(NotFound.class);
    }
    assertThat(world.mailed.last().recipients()).containsExactly("maria@example.org");

    // Her answer reaches the clinician, and no one else on Sam's side.
    world.in(
        () -> world.messaging.reply(world.samParent, started.id(), new NewMessage("Yes, 4:30.")));
    assertThat(world.mailed.last().recipients()).containsExactly("rae@example.org");
    world.in(
        () -> world.messaging.reply(world.therapist, started.id(), new NewMessage("Thank you")));
    assertThat(world.mailed.fired())
        .allSatisfy(due -> assertThat(due.recipients()).doesNotContain("luis@example.org"));
  }

  @Test
  void theOthersActivityPagesDoNotMentionIt() {
    ConversationSummary started = writeTo(mariasLink, false);
    world.in(() -> world.messaging.open(world.therapist, started.id(), null, null));

    assertThat(activity(world.samParent)).anyMatch(what -> what.contains("conversation"));
    assertThat(activity(father)).noneMatch(what -> what.contains("conversation"));
    assertThat(activity(world.samLogin)).noneMatch(what -> what.contains("conversation"));
  }

  List<String> activity(Caller caller) {
    return world
        .in(() -> world.activity.listActivity(caller, world.sam, Long.MAX_VALUE))
        .entries()
        .stream()
        .map(e -> e.what())
        .toList();
  }

  @Test
  void aRevokedAddresseeMeetsNotFoundAndIsNoLongerMailed() {
    ConversationSummary started = writeTo(mariasLink, false);
    world.in(
        () -> {
          world.link(world.sam, world.samParent.accountId()).revoke(MessagingWorld.NOW);
          return null;
        });
    int mailedBefore = world.mailed.fired().size();

    assertThatThrownBy(
            () -> world.in(() -> world.messaging.open(world.samParent, started.id(), null, null)))
        .isInstanceOf(NotFound.class);
    world.in(
        () -> world.messaging.reply(world.therapist, started.id(), new NewMessage("Still on?")));
    assertThat(world.mailed.fired().subList(mailedBefore, world.mailed.fired().size()))
        .allSatisfy(due -> assertThat(due.recipients()).isEmpty());
    // Nor can a new conversation be started with her.
    assertThatThrownBy(() -> writeTo(mariasLink, false))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("cannot read messages in the portal");
  }

  @Test
  void onlyContactsWhoReadMessagesInThePortalMayBeChosenAndNothingIsStoredOtherwise() {
    world.in(
        () -> {
          world
              .link(world.sam, father.accountId())
              .permit(EnumSet.of(ContactPermission.FORMS, ContactPermission.BILLING));
          return null;
        });
    UUID josOwnLink = world.in(() -> world.link(world.jo, world.joLogin.accountId()).id());

    assertThatThrownBy(() -> writeTo(fathersLink, false))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("contact"));
    // Another client's contact, and an id that is nobody's, are not Sam's contacts at all.
    assertThatThrownBy(() -> writeTo(josOwnLink, false))
        .isInstanceOf(NotFound.class)
        .hasMessageContaining("contact");
    assertThatThrownBy(() -> writeTo(UUID.randomUUID(), false)).isInstanceOf(NotFound.class);
    // A guardian cannot be written to in a conversation kept from guardians; Sam himself can.
    assertThatThrownBy(() -> writeTo(mariasLink, true))
        .isInstanceOf(InvalidInput.class)
        .hasMessageContaining("only be with the client themself");
    assertThat(conversations()).isZero();

    ConversationSummary private_ = writeTo(samsOwnLink, true);
    assertThat(portalList(world.samLogin)).containsExactly(private_.id());
    assertThat(portalList(world.samParent)).isEmpty();
  }

  @Test
  void aPortalLoginCannotNarrowAConversationItStarts() {
    ConversationSummary started =
        world.in(
            () ->
                world.messaging.start(
                    world.samParent,
                    world.sam,
                    new NewConversation("Hello", "From Maria", world.sam, false, samsOwnLink)));

    assertThat(started.withOnly()).isNull();
    assertThat(portalList(world.samLogin)).containsExactly(started.id());
  }

  @Test
  void staffChooseAmongThePeopleWhoReadMessagesTheClientFirst() {
    assertThat(world.in(() -> world.messaging.listAddressees(world.therapist, world.sam)))
        .extracting(PortalPerson::label, PortalPerson::linkId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Sam Rivera", samsOwnLink),
            org.assertj.core.groups.Tuple.tuple("Luis Rivera (Parent)", fathersLink),
            org.assertj.core.groups.Tuple.tuple("Maria Rivera (Parent)", mariasLink));
    // A therapist who is not Sam's takes no part in his conversations.
    assertThatThrownBy(
            () -> world.in(() -> world.messaging.listAddressees(world.otherTherapist, world.sam)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> world.in(() -> world.messaging.listAddressees(world.samParent, world.sam)))
        .isInstanceOf(NotFound.class);
  }
}
