package org.foyer.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.fixtures.SampleClients;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.conversations.InboxFilter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The staff inbox's triage against the real database: assigning only among those taking part, done
 * until the client's side writes again, flags, audits, 404 for everyone else, and filters.
 */
class ConversationTriageTest {

  MessagingWorld world;

  @BeforeEach
  void practice() {
    world = new MessagingWorld("triage");
  }

  ConversationSummary start(Caller caller, UUID client, String subject) {
    ConversationSummary started =
        world.in(
            () ->
                world.messaging.start(
                    caller, client, new NewConversation(subject, "Hello", client, false, null)));
    world.clock.advance(Duration.ofMinutes(1));
    return started;
  }

  void reply(Caller caller, UUID conversation) {
    world.in(() -> world.messaging.reply(caller, conversation, new NewMessage("More")));
    world.clock.advance(Duration.ofMinutes(1));
  }

  ConversationSummary assign(Caller caller, UUID conversation, UUID assignee) {
    return world.in(() -> world.triaging.assign(caller, conversation, assignee));
  }

  ConversationSummary done(Caller caller, UUID conversation, boolean done) {
    return world.in(() -> world.triaging.markDone(caller, conversation, done));
  }

  ConversationSummary flag(Caller caller, UUID conversation, boolean flag) {
    return world.in(() -> world.triaging.flag(caller, conversation, flag));
  }

  List<String> inbox(Caller caller, InboxFilter filter) {
    return world
        .in(() -> world.lists.listForStaff(caller, filter, null, null))
        .conversations()
        .stream()
        .map(ConversationSummary::subject)
        .toList();
  }

  AuditEvent lastEvent() {
    return world.in(() -> world.audit.listRecent(1)).get(0);
  }

  @Test
  void aConversationIsAssignedToAColleagueWhoTakesPartAndTheChangeIsAudited() {
    ConversationSummary started = start(world.joLogin, world.jo, "Question");

    ConversationSummary assigned = assign(world.therapist, started.id(), world.triage.accountId());

    assertThat(assigned.assignedTo()).isEqualTo(world.triage.accountId());
    AuditEvent event = lastEvent();
    assertThat(event.action()).isEqualTo(AuditAction.CONVERSATION_ASSIGNED);
    assertThat(event.actor()).isEqualTo("rae@example.org");
    assertThat(event.subject())
        .isEqualTo(
            "client "
                + world.jo
                + " conversation "
                + started.id()
                + " assigned to staff "
                + world.triage.accountId());
    assertThat(
            world.in(() -> world.triaging.listAssignable(world.therapist, world.jo)).stream()
                .map(s -> s.displayName())
                .toList())
        .containsExactly("Dr. Rae Lin", "Tia Triage");

    // The front desk without "read all client messages" does not take part: refused by name.
    assertThatThrownBy(() -> assign(world.therapist, started.id(), world.desk.accountId()))
        .isInstanceOf(InvalidInput.class)
        .satisfies(e -> assertThat(((InvalidInput) e).fieldErrors()).containsKey("assignee"));
    assertThatThrownBy(() -> assign(world.therapist, started.id(), UUID.randomUUID()))
        .isInstanceOf(NotFound.class);

    assertThat(assign(world.triage, started.id(), null).assignedTo()).isNull();
    assertThat(lastEvent().subject()).endsWith("assigned to nobody");
  }

  @Test
  void staffWhoDoNotTakePartCannotTriageNotEvenToThemselves() {
    ConversationSummary started = start(world.joLogin, world.jo, "Question");
    long events = world.in(() -> world.audit.listRecent(100)).size();

    assertThatThrownBy(
            () -> assign(world.otherTherapist, started.id(), world.otherTherapist.accountId()))
        .isInstanceOf(NotFound.class)
        .hasMessage(
            catchMessage(
                () ->
                    assign(
                        world.otherTherapist,
                        UUID.randomUUID(),
                        world.otherTherapist.accountId())));
    assertThatThrownBy(() -> assign(world.desk, started.id(), world.desk.accountId()))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> done(world.desk, started.id(), true)).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> flag(world.otherTherapist, started.id(), true))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> flag(world.joLogin, started.id(), true)).isInstanceOf(NotFound.class);

    ConversationSummary unchanged = assign(world.therapist, started.id(), null);
    assertThat(unchanged.assignedTo()).isNull();
    assertThat(unchanged.flagged()).isFalse();
    assertThat(unchanged.done()).isFalse();
    assertThat(world.in(() -> world.audit.listRecent(100))).hasSize((int) events);
  }

  @Test
  void anotherPracticesConversationAndColleagueAreNotFound() {
    ConversationSummary started = start(world.joLogin, world.jo, "Question");
    MessagingWorld elsewhere = new MessagingWorld("triage-elsewhere");

    assertThatThrownBy(
            () ->
                elsewhere.in(() -> elsewhere.triaging.assign(elsewhere.admin, started.id(), null)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () ->
                elsewhere.in(
                    () -> elsewhere.triaging.markDone(elsewhere.admin, started.id(), true)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> elsewhere.in(() -> elsewhere.triaging.flag(elsewhere.admin, started.id(), true)))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> assign(world.therapist, started.id(), elsewhere.triage.accountId()))
        .isInstanceOf(NotFound.class);
    assertThat(inbox(world.admin, new InboxFilter(null, null, false, true, false, null))).isEmpty();
  }

  @Test
  void doneUntilTheClientsSideWritesAgainAndFlagsComeAndGo() {
    ConversationSummary started = start(world.joLogin, world.jo, "Question");

    assertThat(done(world.therapist, started.id(), true).done()).isTrue();
    assertThat(lastEvent().action()).isEqualTo(AuditAction.CONVERSATION_DONE);
    reply(world.therapist, started.id());
    assertThat(
            inbox(
                world.therapist,
                new InboxFilter(null, null, false, false, false, InboxFilter.Status.DONE)))
        .containsExactly("Question");

    reply(world.joLogin, started.id());
    assertThat(
            inbox(
                world.therapist,
                new InboxFilter(null, null, false, false, false, InboxFilter.Status.DONE)))
        .isEmpty();
    assertThat(
            inbox(
                world.therapist,
                new InboxFilter(null, null, false, false, false, InboxFilter.Status.OPEN)))
        .containsExactly("Question");

    done(world.therapist, started.id(), true);
    assertThat(done(world.therapist, started.id(), false).done()).isFalse();
    assertThat(lastEvent().action()).isEqualTo(AuditAction.CONVERSATION_REOPENED);

    assertThat(flag(world.triage, started.id(), true).flagged()).isTrue();
    assertThat(lastEvent().action()).isEqualTo(AuditAction.CONVERSATION_FLAGGED);
    assertThat(flag(world.triage, started.id(), false).flagged()).isFalse();
    assertThat(lastEvent().action()).isEqualTo(AuditAction.CONVERSATION_UNFLAGGED);
    // Asking for what already is changes and records nothing.
    flag(world.triage, started.id(), false);
    assertThat(lastEvent().action()).isEqualTo(AuditAction.CONVERSATION_UNFLAGGED);
    assertThat(world.in(() -> world.audit.listRecent(3)))
        .extracting(AuditEvent::action)
        .containsExactly(
            AuditAction.CONVERSATION_UNFLAGGED,
            AuditAction.CONVERSATION_FLAGGED,
            AuditAction.CONVERSATION_REOPENED);
  }

  @Test
  void theInboxFiltersByClinicianUnreadFlaggedAssignedToMeAndStatus() {
    UUID kim =
        world
            .in(
                () ->
                    world.records.create(
                        world.admin,
                        SampleClients.with(
                            SampleClients.minimal("Kim", "Lo", LocalDate.of(1985, 2, 2)),
                            "clinicianId",
                            world.otherTherapist.accountId())))
            .id();
    ConversationSummary jos = start(world.joLogin, world.jo, "Jo's");
    ConversationSummary sams = start(world.samLogin, world.sam, "Sam's");
    ConversationSummary kims = start(world.triage, kim, "Kim's");
    flag(world.triage, jos.id(), true);
    assign(world.therapist, sams.id(), world.triage.accountId());
    done(world.triage, kims.id(), true);
    world.in(() -> world.messaging.open(world.triage, sams.id(), null, null));

    assertThat(inbox(world.triage, InboxFilter.ALL)).containsExactly("Kim's", "Sam's", "Jo's");
    assertThat(
            inbox(
                world.triage,
                new InboxFilter(null, world.otherTherapist.accountId(), false, false, false, null)))
        .containsExactly("Kim's");
    assertThat(
            inbox(
                world.triage,
                new InboxFilter(null, world.therapist.accountId(), false, false, false, null)))
        .containsExactly("Sam's", "Jo's");
    assertThat(inbox(world.triage, new InboxFilter(null, null, false, true, false, null)))
        .containsExactly("Jo's");
    assertThat(inbox(world.triage, new InboxFilter(null, null, false, false, true, null)))
        .containsExactly("Sam's");
    assertThat(inbox(world.therapist, new InboxFilter(null, null, false, false, true, null)))
        .isEmpty();
    assertThat(
            inbox(
                world.triage,
                new InboxFilter(null, null, false, false, false, InboxFilter.Status.DONE)))
        .containsExactly("Kim's");
    assertThat(
            inbox(
                world.triage,
                new InboxFilter(null, null, false, false, false, InboxFilter.Status.OPEN)))
        .containsExactly("Sam's", "Jo's");
    assertThat(inbox(world.triage, new InboxFilter(null, null, true, false, false, null)))
        .containsExactly("Jo's");
    assertThat(
            inbox(
                world.triage,
                new InboxFilter(
                    world.sam,
                    world.therapist.accountId(),
                    false,
                    false,
                    true,
                    InboxFilter.Status.OPEN)))
        .containsExactly("Sam's");
    // A clinician filter does not widen what a clinician sees.
    assertThat(
            inbox(
                world.therapist,
                new InboxFilter(null, world.otherTherapist.accountId(), false, false, false, null)))
        .isEmpty();
    assertThat(
            inbox(
                world.triage, new InboxFilter(null, UUID.randomUUID(), false, false, false, null)))
        .isEmpty();

    // Triage is the practice's business: the client's side sees none of it.
    assertThat(
            world
                .in(() -> world.lists.listForPortal(world.joLogin, world.jo, null, null))
                .conversations())
        .singleElement()
        .satisfies(c -> assertThat(c.flagged()).isFalse());
  }

  static String catchMessage(Runnable action) {
    try {
      action.run();
    } catch (RuntimeException e) {
      return e.getMessage();
    }
    throw new AssertionError("Nothing was thrown");
  }
}
