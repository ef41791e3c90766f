package org.foyer.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.UUID;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.messages.boundary.MessageDrafts;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.entity.MessageDraft;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Drafts against the real database: kept per person and box, sealed, restored, removed when the
 * message is sent, and out of reach of anyone who may not write there.
 */
class MessagingDraftsTest {

  MessagingWorld world;
  ConversationSummary conversation;

  @BeforeEach
  void conversation() {
    world = new MessagingWorld("drafts");
    conversation =
        world.in(
            () ->
                world.messaging.start(
                    world.joLogin,
                    world.jo,
                    new NewConversation("Sleep", "Worse again", null, false, null)));
  }

  void saveReply(Caller caller, UUID conversationId, String body) {
    world.in(
        () -> {
          world.drafts.saveReply(caller, conversationId, new MessageDraftText(null, body, null));
          return null;
        });
  }

  Optional<MessageDrafts.Draft> reply(Caller caller, UUID conversationId) {
    return world.in(() -> world.drafts.findReply(caller, conversationId));
  }

  long draftCount() {
    return world.in(
        () ->
            world
                .em
                .createQuery("SELECT COUNT(d) FROM MessageDraft d", Long.class)
                .getSingleResult());
  }

  @Test
  void aReplyDraftIsKeptSealedRestoredAndReplaced() {
    saveReply(world.joLogin, conversation.id(), "I tried the breathing");
    saveReply(world.joLogin, conversation.id(), "I tried the breathing exercise twice");

    assertThat(reply(world.joLogin, conversation.id()))
        .get()
        .extracting(MessageDrafts.Draft::body)
        .isEqualTo("I tried the breathing exercise twice");
    assertThat(draftCount()).isEqualTo(1);
    MessageDraft stored =
        world.in(
            () ->
                world
                    .em
                    .createQuery("SELECT d FROM MessageDraft d", MessageDraft.class)
                    .getSingleResult());
    assertThat(new String(stored.bodySealed(), StandardCharsets.ISO_8859_1))
        .doesNotContain("breathing");
  }

  @Test
  void draftsArePerPerson() {
    saveReply(world.joLogin, conversation.id(), "Jo's words");

    assertThat(reply(world.therapist, conversation.id())).isEmpty();
    saveReply(world.therapist, conversation.id(), "Rae's words");
    assertThat(reply(world.joLogin, conversation.id()).orElseThrow().body())
        .isEqualTo("Jo's words");
    assertThat(reply(world.therapist, conversation.id()).orElseThrow().body())
        .isEqualTo("Rae's words");
  }

  @Test
  void sendingTheReplyRemovesItsDraftOnly() {
    saveReply(world.joLogin, conversation.id(), "Almost done");
    saveReply(world.therapist, conversation.id(), "Thinking");

    world.in(() -> world.messaging.reply(world.joLogin, conversation.id(), new NewMessage("Done")));

    assertThat(reply(world.joLogin, conversation.id())).isEmpty();
    assertThat(reply(world.therapist, conversation.id())).isPresent();
  }

  @Test
  void aNewConversationDraftKeepsSubjectAndBodyUntilItIsStarted() {
    world.in(
        () -> {
          world.drafts.saveNew(
              world.joLogin, world.jo, new MessageDraftText("Billing", "About my invoice", null));
          return null;
        });

    MessageDrafts.Draft kept = world.in(() -> world.drafts.findNew(world.joLogin, world.jo)).get();
    assertThat(kept.subject()).isEqualTo("Billing");
    assertThat(kept.body()).isEqualTo("About my invoice");
    // A reply box's draft and the new-conversation box's are apart.
    assertThat(reply(world.joLogin, conversation.id())).isEmpty();

    world.in(
        () ->
            world.messaging.start(
                world.joLogin,
                world.jo,
                new NewConversation("Billing", "About my invoice", null, false, null)));

    assertThat(world.in(() -> world.drafts.findNew(world.joLogin, world.jo))).isEmpty();
  }

  @Test
  void emptyingTheBoxRemovesTheDraft() {
    saveReply(world.joLogin, conversation.id(), "Something");
    saveReply(world.joLogin, conversation.id(), "  ");

    assertThat(reply(world.joLogin, conversation.id())).isEmpty();
    assertThat(draftCount()).isZero();
  }

  @Test
  void aTooLongDraftIsRefusedWithAReason() {
    assertThatThrownBy(
            () ->
                saveReply(
                    world.joLogin, conversation.id(), "x".repeat(MessageLimits.BODY_LENGTH + 1)))
        .isInstanceOf(InvalidInput.class);
    assertThat(draftCount()).isZero();
  }

  @Test
  void nobodyOutsideTheConversationOrClientKeepsOrReadsADraftThere() {
    saveReply(world.joLogin, conversation.id(), "Private");

    assertThatThrownBy(() -> saveReply(world.samLogin, conversation.id(), "Hi"))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> reply(world.samParent, conversation.id()))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> saveReply(world.otherTherapist, conversation.id(), "Hi"))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                world.in(
                    () -> {
                      world.drafts.saveNew(
                          world.samParent, world.jo, new MessageDraftText("Hi", "Hi", null));
                      return null;
                    }))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> world.in(() -> world.drafts.findNew(world.samLogin, world.jo)))
        .isInstanceOf(NotFound.class);
    MessagingWorld elsewhere = new MessagingWorld("drafts-elsewhere");
    assertThatThrownBy(
            () ->
                elsewhere.in(() -> elsewhere.drafts.findReply(elsewhere.admin, conversation.id())))
        .isInstanceOf(NotFound.class);
    assertThat(draftCount()).isEqualTo(1);
  }
}
