package org.foyer.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.foyer.audit.AuditAction;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.conversations.ConversationUpdate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What a conversation page's polls get against the real database: new messages and retractions
 * since the last answer, the unread count, and reads marked and audited only when someone looks and
 * there was something unread.
 */
class MessagingLiveTest {

  MessagingWorld world;
  ConversationSummary conversation;

  @BeforeEach
  void conversation() {
    world = new MessagingWorld("live");
    conversation =
        world.in(
            () ->
                world.messaging.start(
                    world.joLogin,
                    world.jo,
                    new NewConversation("Plans", "First", null, false, null)));
    world.in(() -> world.messaging.open(world.therapist, conversation.id(), null, null));
  }

  ConversationUpdate poll(Caller caller, Instant since, boolean reading) {
    return world.in(() -> world.changes.since(caller, conversation.id(), since, reading));
  }

  long audited(AuditAction action) {
    return world.in(() -> world.audit.listRecent(100)).stream()
        .filter(e -> e.action() == action)
        .count();
  }

  @Test
  void aMessageFromTheOtherSideArrivesWithTheUnreadCount() {
    world.clock.advance(Duration.ofMinutes(5));
    ConversationUpdate before = poll(world.therapist, null, false);
    assertThat(before.messages()).isEmpty();
    assertThat(before.unread()).isZero();

    world.clock.advance(Duration.ofMinutes(1));
    world.in(
        () -> world.messaging.reply(world.joLogin, conversation.id(), new NewMessage("Second")));
    world.clock.advance(Duration.ofSeconds(12));
    ConversationUpdate after = poll(world.therapist, before.until(), false);

    assertThat(after.messages()).extracting(MessageView::body).containsExactly("Second");
    assertThat(after.messages().get(0).mine()).isFalse();
    assertThat(after.unread()).isEqualTo(1);
    assertThat(after.until()).isEqualTo(world.clock.instant());
    assertThat(after.more()).isFalse();
  }

  @Test
  void aHiddenPageMarksNothingReadAndAuditsNothing() {
    world.clock.advance(Duration.ofMinutes(1));
    world.in(() -> world.messaging.reply(world.joLogin, conversation.id(), new NewMessage("Hi")));
    long reads = audited(AuditAction.CONVERSATION_READ);

    ConversationUpdate hidden = poll(world.therapist, MessagingWorld.NOW, false);

    assertThat(hidden.messages()).extracting(MessageView::body).contains("Hi");
    assertThat(hidden.unread()).isEqualTo(1);
    assertThat(audited(AuditAction.CONVERSATION_READ)).isEqualTo(reads);
  }

  @Test
  void aLookedAtPageMarksNewMessagesReadAndAuditsOncePerDeliveryNotPerPoll() {
    world.clock.advance(Duration.ofMinutes(1));
    world.in(() -> world.messaging.reply(world.joLogin, conversation.id(), new NewMessage("Hi")));
    long reads = audited(AuditAction.CONVERSATION_READ);

    ConversationUpdate seen = poll(world.therapist, MessagingWorld.NOW, true);
    assertThat(seen.unread()).isZero();
    assertThat(audited(AuditAction.CONVERSATION_READ)).isEqualTo(reads + 1);

    world.clock.advance(Duration.ofSeconds(12));
    poll(world.therapist, seen.until(), true);
    world.clock.advance(Duration.ofSeconds(12));
    poll(world.therapist, seen.until(), true);
    assertThat(audited(AuditAction.CONVERSATION_READ)).isEqualTo(reads + 1);
  }

  @Test
  void aRetractionSinceTheLastAnswerIsDeliveredWithoutItsBody() {
    MessageView sent =
        world.in(
            () -> world.messaging.reply(world.joLogin, conversation.id(), new NewMessage("Oops")));
    world.clock.advance(Duration.ofMinutes(2));
    ConversationUpdate before = poll(world.therapist, null, false);
    world.clock.advance(Duration.ofMinutes(1));
    world.in(() -> world.retractions.retract(world.joLogin, conversation.id(), sent.id()));

    ConversationUpdate after = poll(world.therapist, before.until(), false);

    assertThat(after.messages()).isEmpty();
    assertThat(after.retracted())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.id()).isEqualTo(sent.id());
              assertThat(m.body()).isNull();
              assertThat(m.retractedBy()).isEqualTo("Jo Rivera");
            });
  }

  @Test
  void anAnswerOverlapsThePreviousSoALateCommitIsNotMissed() {
    world.clock.advance(Duration.ofSeconds(20));
    world.in(() -> world.messaging.reply(world.joLogin, conversation.id(), new NewMessage("Late")));

    // A poll whose since is a little after the message was stamped still delivers it.
    ConversationUpdate update = poll(world.therapist, world.clock.instant().plusSeconds(10), false);

    assertThat(update.messages()).extracting(MessageView::body).contains("Late");
  }

  @Test
  void strangersMeetNotFound() {
    assertThatThrownBy(() -> poll(world.samLogin, null, true)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> poll(world.otherTherapist, null, true)).isInstanceOf(NotFound.class);
    MessagingWorld elsewhere = new MessagingWorld("live-elsewhere");
    assertThatThrownBy(
            () ->
                elsewhere.in(
                    () -> elsewhere.changes.since(elsewhere.admin, conversation.id(), null, true)))
        .isInstanceOf(NotFound.class);
  }
}
