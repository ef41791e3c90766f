package org.foyer.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.entity.Message;
import org.foyer.messages.entity.MessageRetraction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Retracting a message against the real database: only its sender, only within the window, only
 * once, only in a conversation the caller sees; everyone then sees the mark instead of the body,
 * while the message row stays as sent and the audit names it.
 */
class MessagingRetractionsTest {

  MessagingWorld world;
  ConversationSummary conversation;
  MessageView first;

  @BeforeEach
  void conversation() {
    world = new MessagingWorld("retract");
    conversation =
        world.in(
            () ->
                world.messaging.start(
                    world.joLogin,
                    world.jo,
                    new NewConversation("Tuesday", "Sent to the wrong place", null, false, null)));
    first = open(world.joLogin).get(0);
  }

  List<MessageView> open(Caller caller) {
    return world.in(() -> world.messaging.open(caller, conversation.id(), null, null)).messages();
  }

  MessageView retract(Caller caller, UUID conversationId, UUID messageId) {
    return world.in(() -> world.retractions.retract(caller, conversationId, messageId));
  }

  long retractionCount() {
    return world.in(
        () ->
            world
                .em
                .createQuery("SELECT COUNT(r) FROM MessageRetraction r", Long.class)
                .getSingleResult());
  }

  @Test
  void theSenderRetractsAndEveryoneSeesWhoAndWhenInsteadOfTheBody() {
    assertThat(first.retractable()).isTrue();
    world.clock.advance(Duration.ofMinutes(4));

    MessageView retracted = retract(world.joLogin, conversation.id(), first.id());

    assertThat(retracted.retracted()).isTrue();
    assertThat(retracted.body()).isNull();
    assertThat(retracted.retractedBy()).isEqualTo("Jo Rivera");
    assertThat(retracted.retractedAt()).isEqualTo(MessagingWorld.NOW.plus(Duration.ofMinutes(4)));
    for (Caller reader : List.of(world.joLogin, world.therapist, world.triage)) {
      assertThat(open(reader))
          .singleElement()
          .satisfies(
              m -> {
                assertThat(m.retracted()).isTrue();
                assertThat(m.body()).isNull();
                assertThat(m.html()).isEmpty();
                assertThat(m.retractable()).isFalse();
              });
    }
  }

  @Test
  void theOriginalStaysInTheDatabaseAndTheAuditNamesItWithoutItsText() {
    retract(world.joLogin, conversation.id(), first.id());

    Message kept = world.in(() -> world.em.find(Message.class, first.id()));
    assertThat(world.in(() -> world.seal.body(kept))).isEqualTo("Sent to the wrong place");
    List<AuditEvent> events = world.in(() -> world.audit.listRecent(5));
    assertThat(events)
        .filteredOn(e -> e.action() == AuditAction.MESSAGE_RETRACTED)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("jo@example.org");
              assertThat(e.onBehalfOf()).isEqualTo("client " + world.jo);
              assertThat(e.subject()).contains("message " + first.id()).contains("retracted");
              assertThat(e.subject()).doesNotContain("wrong place");
            });
  }

  @Test
  void someoneElsesMessageIsRefusedAndNothingIsRecorded() {
    assertThatThrownBy(() -> retract(world.therapist, conversation.id(), first.id()))
        .isInstanceOf(Refused.class)
        .hasMessage("Only the person who sent a message may retract it");
    assertThat(retractionCount()).isZero();
  }

  @Test
  void afterTheWindowTheSenderIsRefused() {
    world.clock.advance(MessageRetraction.WINDOW.plusSeconds(1));

    assertThat(open(world.joLogin).get(0).retractable()).isFalse();
    assertThatThrownBy(() -> retract(world.joLogin, conversation.id(), first.id()))
        .isInstanceOf(Conflict.class)
        .hasMessageContaining("within 10 minutes");
    assertThat(retractionCount()).isZero();
  }

  @Test
  void atTheWindowsLastMomentItStillWorks() {
    world.clock.advance(MessageRetraction.WINDOW);

    assertThat(retract(world.joLogin, conversation.id(), first.id()).retracted()).isTrue();
  }

  @Test
  void retractingTwiceIsRefused() {
    retract(world.joLogin, conversation.id(), first.id());

    assertThatThrownBy(() -> retract(world.joLogin, conversation.id(), first.id()))
        .isInstanceOf(Conflict.class)
        .hasMessage("This message was retracted already");
    assertThat(retractionCount()).isEqualTo(1);
  }

  @Test
  void aConversationTheCallerCannotSeeIsNotFound() {
    MessageView samsMessage =
        world
            .in(
                () -> {
                  ConversationSummary samsOwn =
                      world.messaging.start(
                          world.samLogin,
                          world.sam,
                          new NewConversation("Mine", "Hi", null, false, null));
                  return world.messaging.open(world.samLogin, samsOwn.id(), null, null);
                })
            .messages()
            .get(0);
    UUID samsConversation =
        world.in(() -> world.em.find(Message.class, samsMessage.id()).conversationId());

    // Someone outside the conversation, even naming a message of theirs, meets 404.
    assertThatThrownBy(() -> retract(world.joLogin, samsConversation, samsMessage.id()))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> retract(world.otherTherapist, conversation.id(), first.id()))
        .isInstanceOf(NotFound.class);
    // A message of another conversation, named through one the caller sees, is not found either.
    assertThatThrownBy(() -> retract(world.therapist, conversation.id(), samsMessage.id()))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> retract(world.joLogin, conversation.id(), UUID.randomUUID()))
        .isInstanceOf(NotFound.class);
    assertThat(retractionCount()).isZero();
  }

  @Test
  void anotherPracticeMeetsNotFound() {
    MessagingWorld elsewhere = new MessagingWorld("retract-elsewhere");

    assertThatThrownBy(
            () ->
                elsewhere.in(
                    () ->
                        elsewhere.retractions.retract(
                            elsewhere.admin, conversation.id(), first.id())))
        .isInstanceOf(NotFound.class);
    assertThat(retractionCount()).isZero();
  }

  @Test
  void aReplyIsRetractableByItsSenderOnly() {
    world.clock.advance(Duration.ofMinutes(1));
    MessageView reply =
        world.in(
            () -> world.messaging.reply(world.therapist, conversation.id(), new NewMessage("Ok")));
    assertThat(reply.retractable()).isTrue();
    assertThat(open(world.joLogin))
        .extracting(MessageView::retractable)
        .containsExactly(true, false);

    assertThat(retract(world.therapist, conversation.id(), reply.id()).retractedBy())
        .isEqualTo("Dr. Rae Lin");
  }
}
