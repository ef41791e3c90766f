package org.foyer.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.messages.conversations.ConversationPage;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.conversations.ConversationView;
import org.foyer.messages.entity.Conversation;
import org.foyer.messages.entity.Message;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.entity.ClientAccess;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Conversations between a client's side and the care team against the real database: who may read
 * and write, what everyone else meets (404 and nothing changed), sealing, reads audited, unread
 * counts, keyset pages and batched notices.
 */
class MessagingTest {

  MessagingWorld world;

  @BeforeEach
  void practice() {
    world = new MessagingWorld("messages");
  }

  ConversationSummary start(Caller caller, UUID client, String subject, String body) {
    return world.in(
        () ->
            world.messaging.start(
                caller, client, new NewConversation(subject, body, client, false, null)));
  }

  MessageView reply(Caller caller, UUID conversation, String body) {
    return world.in(() -> world.messaging.reply(caller, conversation, new NewMessage(body)));
  }

  ConversationView open(Caller caller, UUID conversation) {
    return world.in(() -> world.messaging.open(caller, conversation, null, null));
  }

  long unread(Caller caller, UUID client) {
    return world.in(() -> world.lists.countUnread(caller, client));
  }

  List<UUID> portalList(Caller caller, UUID client) {
    return world
        .in(() -> world.lists.listForPortal(caller, client, null, null))
        .conversations()
        .stream()
        .map(ConversationSummary::id)
        .toList();
  }

  List<UUID> inbox(Caller caller) {
    return world
        .in(() -> world.lists.listForStaff(caller, null, false, null, null))
        .conversations()
        .stream()
        .map(ConversationSummary::id)
        .toList();
  }

  long messageCount() {
    return world.in(
        () -> world.em.createQuery("SELECT COUNT(m) FROM Message m", Long.class).getSingleResult());
  }

  @Test
  void aClientWritesHerClinicianReadsAndRepliesAndSheSeesTheReply() {
    ConversationSummary started =
        start(world.joLogin, world.jo, "Next week", "Can we move Tuesday's session?");

    assertThat(unread(world.therapist, null)).isEqualTo(1);
    assertThat(unread(world.joLogin, world.jo)).isZero();
    ConversationPage inbox =
        world.in(() -> world.lists.listForStaff(world.therapist, null, false, null, null));
    assertThat(inbox.conversations())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.subject()).isEqualTo("Next week");
              assertThat(c.clientName()).isEqualTo("Jo Rivera");
              assertThat(c.unread()).isTrue();
            });

    ConversationView read = open(world.therapist, started.id());
    assertThat(read.messages())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.body()).isEqualTo("Can we move Tuesday's session?");
              assertThat(m.senderName()).isEqualTo("Jo Rivera");
              assertThat(m.fromStaff()).isFalse();
              assertThat(m.onBehalfOfClient()).isFalse();
              assertThat(m.mine()).isFalse();
            });
    assertThat(unread(world.therapist, null)).isZero();

    world.clock.advance(Duration.ofMinutes(3));
    reply(world.therapist, started.id(), "Yes, Wednesday at 10 works.");

    assertThat(unread(world.joLogin, world.jo)).isEqualTo(1);
    ConversationView seen = open(world.joLogin, started.id());
    assertThat(seen.messages())
        .extracting(MessageView::senderName, MessageView::fromStaff, MessageView::mine)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("Jo Rivera", false, true),
            org.assertj.core.groups.Tuple.tuple("Dr. Rae Lin", true, false));
    assertThat(unread(world.joLogin, world.jo)).isZero();
  }

  @Test
  void everyReadIsAuditedAboutTheClientAndAPortalReadOnHerBehalf() {
    ConversationSummary started = start(world.therapist, world.jo, "Homework", "Try the log.");

    open(world.joLogin, started.id());

    AuditEvent event = world.in(() -> world.audit.listRecent(1)).get(0);
    assertThat(event.action()).isEqualTo(AuditAction.CONVERSATION_READ);
    assertThat(event.actor()).isEqualTo("jo@example.org");
    assertThat(event.onBehalfOf()).isEqualTo("client " + world.jo);
    assertThat(event.subject())
        .isEqualTo("client " + world.jo + " conversation " + started.id() + " read");

    open(world.therapist, started.id());
    AuditEvent staffRead = world.in(() -> world.audit.listRecent(1)).get(0);
    assertThat(staffRead.actor()).isEqualTo("rae@example.org");
    assertThat(staffRead.onBehalfOf()).isNull();
    assertThat(staffRead.subject()).startsWith("client " + world.jo + " conversation ");
  }

  @Test
  void subjectAndBodyAreSealedAtRest() {
    ConversationSummary started =
        start(world.joLogin, world.jo, "Panic attacks", "They are worse at night.");

    Conversation conversation = world.in(() -> world.em.find(Conversation.class, started.id()));
    Message message =
        world.in(
            () ->
                world
                    .em
                    .createQuery(
                        "SELECT m FROM Message m WHERE m.conversationId = :c", Message.class)
                    .setParameter("c", started.id())
                    .getSingleResult());
    assertThat(new String(conversation.subjectSealed(), StandardCharsets.ISO_8859_1))
        .doesNotContain("Panic");
    assertThat(new String(message.bodySealed(), StandardCharsets.ISO_8859_1))
        .doesNotContain("worse at night");
    assertThat(started.subject()).isEqualTo("Panic attacks");
  }

  @Test
  void aParentWritesOnBehalfOfTheChildAndItIsAttributedSo() {
    ConversationSummary started =
        start(world.samParent, world.sam, "School", "Sam had a hard week.");

    ConversationView read = open(world.therapist, started.id());
    assertThat(read.messages())
        .singleElement()
        .satisfies(
            m -> {
              assertThat(m.senderName()).isEqualTo("Maria Rivera (Parent)");
              assertThat(m.onBehalfOfClient()).isTrue();
            });
    List<AuditEvent> events = world.in(() -> world.audit.listRecent(5));
    assertThat(events)
        .filteredOn(e -> e.action() == AuditAction.MESSAGE_SENT)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.actor()).isEqualTo("maria@example.org");
              assertThat(e.onBehalfOf()).isEqualTo("client " + world.sam);
            });
  }

  @Test
  void anotherPracticesConversationIsNotFound() {
    ConversationSummary started = start(world.joLogin, world.jo, "Hello", "Hi there");
    MessagingWorld elsewhere = new MessagingWorld("elsewhere");

    assertThatThrownBy(
            () ->
                elsewhere.in(
                    () -> elsewhere.messaging.open(elsewhere.admin, started.id(), null, null)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                elsewhere.in(
                    () ->
                        elsewhere.messaging.reply(
                            elsewhere.admin, started.id(), new NewMessage("Hijack"))))
        .isInstanceOf(NotFound.class);
    assertThat(messageCount()).isEqualTo(1);
  }

  @Test
  void anotherClientsConversationIsNotFoundAndNothingChanges() {
    ConversationSummary samsOwn = start(world.samLogin, world.sam, "Private", "Just for Dr Lin");

    assertThatThrownBy(() -> open(world.joLogin, samsOwn.id()))
        .isInstanceOf(NotFound.class)
        .hasMessage(catchMessage(() -> open(world.joLogin, UUID.randomUUID())));
    assertThatThrownBy(() -> reply(world.joLogin, samsOwn.id(), "Hi Sam"))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> portalList(world.joLogin, world.sam)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> start(world.joLogin, world.sam, "Hi", "Hi"))
        .isInstanceOf(NotFound.class);
    assertThat(messageCount()).isEqualTo(1);
  }

  @Test
  void aRevokedContactMeetsNotFoundEverywhere() {
    ConversationSummary started = start(world.samParent, world.sam, "Week", "A hard week.");
    world.in(
        () -> {
          world.link(world.sam, world.samParent.accountId()).revoke(MessagingWorld.NOW);
          return null;
        });

    assertThatThrownBy(() -> open(world.samParent, started.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> reply(world.samParent, started.id(), "Still here"))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> portalList(world.samParent, world.sam)).isInstanceOf(NotFound.class);
    assertThat(unread(world.samParent, world.sam)).isZero();
    assertThat(messageCount()).isEqualTo(1);
  }

  @Test
  void aContactWhoseLinkDoesNotPermitMessagesMeetsNotFound() {
    ConversationSummary started = start(world.samLogin, world.sam, "Mine", "Hello");
    world.in(
        () -> {
          ClientAccess link = world.link(world.sam, world.samParent.accountId());
          link.permit(EnumSet.of(ContactPermission.FORMS, ContactPermission.DOCUMENTS));
          return null;
        });

    assertThatThrownBy(() -> portalList(world.samParent, world.sam)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> open(world.samParent, started.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> start(world.samParent, world.sam, "Hi", "Hi"))
        .isInstanceOf(NotFound.class);
    assertThat(messageCount()).isEqualTo(1);
  }

  @Test
  void aConversationKeptFromGuardiansIsInvisibleToTheParentButNotToTheTeen() {
    ConversationSummary kept =
        world.in(
            () ->
                world.messaging.start(
                    world.therapist,
                    world.sam,
                    new NewConversation(
                        "Just us", "How are things at home?", world.sam, true, null)));
    ConversationSummary shared = start(world.therapist, world.sam, "Times", "New times");

    assertThat(kept.confidentialFromGuardians()).isTrue();
    assertThat(portalList(world.samParent, world.sam)).containsExactly(shared.id());
    assertThat(portalList(world.samLogin, world.sam))
        .containsExactlyInAnyOrder(kept.id(), shared.id());
    assertThat(unread(world.samParent, world.sam)).isEqualTo(1);
    assertThat(unread(world.samLogin, world.sam)).isEqualTo(2);
    assertThatThrownBy(() -> open(world.samParent, kept.id()))
        .isInstanceOf(NotFound.class)
        .hasMessage(catchMessage(() -> open(world.samParent, UUID.randomUUID())));
    assertThatThrownBy(() -> reply(world.samParent, kept.id(), "What is this?"))
        .isInstanceOf(NotFound.class);
    // The kept conversation is told to the teen alone; the shared one to both.
    assertThat(world.mailed.fired())
        .extracting(MessageNoticesDue::recipients)
        .containsExactly(
            List.of("sam@example.org"), List.of("maria@example.org", "sam@example.org"));
  }

  @Test
  void staffSeeTheirOwnClientsOrEveryClientWithTheCapability() {
    ConversationSummary started = start(world.joLogin, world.jo, "Hello", "Hi");

    assertThat(inbox(world.therapist)).containsExactly(started.id());
    assertThat(inbox(world.triage)).containsExactly(started.id());
    assertThat(inbox(world.admin)).containsExactly(started.id());
    assertThat(inbox(world.otherTherapist)).isEmpty();
    assertThat(inbox(world.desk)).isEmpty();
    assertThatThrownBy(() -> open(world.desk, started.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> open(world.otherTherapist, started.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> reply(world.desk, started.id(), "Hi")).isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> world.in(() -> world.lists.listForStaff(world.desk, world.jo, false, null, null)))
        .isInstanceOf(NotFound.class);

    reply(world.triage, started.id(), "The front desk here: Dr Lin is away today.");
    assertThat(open(world.joLogin, started.id()).messages()).hasSize(2);
  }

  @Test
  void theStaffInboxFiltersByClientAndByUnread() {
    ConversationSummary fromJo = start(world.joLogin, world.jo, "Jo's", "Hi");
    world.clock.advance(Duration.ofMinutes(1));
    ConversationSummary fromSam = start(world.samLogin, world.sam, "Sam's", "Hi");
    open(world.therapist, fromJo.id());

    assertThat(
            world
                .in(() -> world.lists.listForStaff(world.therapist, world.jo, false, null, null))
                .conversations())
        .extracting(ConversationSummary::id)
        .containsExactly(fromJo.id());
    assertThat(
            world
                .in(() -> world.lists.listForStaff(world.therapist, null, true, null, null))
                .conversations())
        .extracting(ConversationSummary::id)
        .containsExactly(fromSam.id());
    assertThat(inbox(world.therapist)).containsExactly(fromSam.id(), fromJo.id());
  }

  @Test
  void aLongConversationPagesByCursorWithoutGapsOrRepeats() {
    ConversationSummary started = start(world.joLogin, world.jo, "Journal", "Day 0");
    List<String> sent = new ArrayList<>(List.of("Day 0"));
    for (int day = 1; day < 45; day++) {
      // Several messages share an instant: the id breaks the tie.
      if (day % 3 == 0) {
        world.clock.advance(Duration.ofSeconds(1));
      }
      reply(world.joLogin, started.id(), "Day " + day);
      sent.add("Day " + day);
    }

    List<String> read = new ArrayList<>();
    String cursor = null;
    int pages = 0;
    do {
      String before = cursor;
      ConversationView page =
          world.in(() -> world.messaging.open(world.therapist, started.id(), before, 20));
      List<String> bodies = page.messages().stream().map(MessageView::body).toList();
      read.addAll(0, bodies);
      cursor = page.earlier();
      pages++;
    } while (cursor != null);

    assertThat(pages).isEqualTo(3);
    assertThat(read).containsExactlyInAnyOrderElementsOf(sent).doesNotHaveDuplicates();
  }

  @Test
  void aCursorNotMadeByTheServiceAndAnEmptyMessageAreInvalidInput() {
    ConversationSummary started = start(world.joLogin, world.jo, "Hello", "Hi");

    assertThatThrownBy(
            () -> world.in(() -> world.messaging.open(world.joLogin, started.id(), "bogus!", null)))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(() -> reply(world.joLogin, started.id(), "   "))
        .isInstanceOf(InvalidInput.class);
    assertThatThrownBy(
            () -> world.in(() -> world.messaging.open(world.joLogin, started.id(), null, 1000)))
        .isInstanceOf(InvalidInput.class);
    assertThat(messageCount()).isEqualTo(1);
  }

  @Test
  void noticesAreBatchedToOnePerConversationAndRecipientPerQuarterHour() {
    ConversationSummary started = start(world.joLogin, world.jo, "Hello", "First");
    assertThat(world.mailed.fired())
        .singleElement()
        .satisfies(
            due -> {
              assertThat(due.recipients()).containsExactly("rae@example.org");
              assertThat(due.pagePath()).isEqualTo("/staff/messages");
            });

    world.clock.advance(Duration.ofMinutes(5));
    reply(world.joLogin, started.id(), "Second");
    assertThat(world.mailed.fired()).hasSize(1);

    world.clock.advance(Duration.ofMinutes(10));
    reply(world.joLogin, started.id(), "Third");
    assertThat(world.mailed.fired()).hasSize(2);

    reply(world.therapist, started.id(), "Answer");
    assertThat(world.mailed.last().recipients()).containsExactly("jo@example.org");
    assertThat(world.mailed.last().pagePath()).isEqualTo("/portal/messages");
  }

  @Test
  void theClientSeesWhoReadHerConversationAndAGuardianNothingOfAKeptOne() {
    ConversationSummary jos = start(world.joLogin, world.jo, "Hello", "Hi");
    open(world.therapist, jos.id());

    List<String> seen =
        world
            .in(() -> world.activity.listActivity(world.joLogin, world.jo, Long.MAX_VALUE))
            .entries()
            .stream()
            .map(e -> e.who() + " " + e.what())
            .toList();
    assertThat(seen).contains("Dr. Rae Lin read a conversation about you");

    ConversationSummary kept =
        world.in(
            () ->
                world.messaging.start(
                    world.therapist,
                    world.sam,
                    new NewConversation("Just us", "How are you?", world.sam, true, null)));
    open(world.samLogin, kept.id());
    List<String> parentSees =
        world
            .in(() -> world.activity.listActivity(world.samParent, world.sam, Long.MAX_VALUE))
            .entries()
            .stream()
            .map(e -> e.what())
            .toList();
    assertThat(parentSees).noneMatch(what -> what.contains("conversation"));
    List<String> teenSees =
        world
            .in(() -> world.activity.listActivity(world.samLogin, world.sam, Long.MAX_VALUE))
            .entries()
            .stream()
            .map(e -> e.what())
            .toList();
    assertThat(teenSees).anyMatch(what -> what.contains("started a conversation"));
  }

  static String catchMessage(Runnable call) {
    try {
      call.run();
    } catch (RuntimeException e) {
      return e.getMessage();
    }
    throw new AssertionError("expected a refusal");
  }
}
