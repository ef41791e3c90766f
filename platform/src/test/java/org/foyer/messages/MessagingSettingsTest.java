package org.foyer.messages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.foyer.audit.AuditAction;
import org.foyer.audit.entity.AuditEvent;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.errors.NotFound;
import org.foyer.core.errors.Refused;
import org.foyer.fixtures.SampleClients;
import org.foyer.messages.conversations.ConversationSummary;
import org.foyer.messages.entity.MessagingSettings;
import org.foyer.messages.settings.MessagingSettingsView;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The practice's messaging settings against the real database: what is refused (and that nothing is
 * then saved), the automatic reply once a conversation outside office hours on the practice's wall
 * clock across a daylight-saving change, messaging turned off, and whom clients write to.
 */
class MessagingSettingsTest {

  static final List<DayOfWeek> WEEKDAYS =
      List.of(
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY);
  static final String AUTO = "Messages are read on weekdays 9-5; in a crisis call 988.";

  MessagingWorld world;

  @BeforeEach
  void practice() {
    world = new MessagingWorld("msgsettings");
  }

  MessagingSettingsView settings(
      boolean enabled, MessageRecipients recipients, String autoReply, String crisis) {
    return new MessagingSettingsView(
        enabled, recipients, autoReply, WEEKDAYS, "09:00", "17:00", crisis);
  }

  MessagingSettingsView save(MessagingSettingsView change) {
    return world.in(() -> world.messagingSettings.change(world.admin, change));
  }

  InvalidInput refused(MessagingSettingsView change) {
    try {
      save(change);
    } catch (InvalidInput e) {
      return e;
    }
    throw new AssertionError("The change was not refused");
  }

  MessagingSettingsView stored() {
    return world.in(() -> world.messagingSettings.get(world.admin));
  }

  ConversationSummary start(Caller caller, UUID client, String body) {
    return world.in(
        () ->
            world.messaging.start(
                caller, client, new NewConversation("Subject", body, client, false, null)));
  }

  MessageView reply(Caller caller, UUID conversation, String body) {
    return world.in(() -> world.messaging.reply(caller, conversation, new NewMessage(body)));
  }

  List<MessageView> messages(Caller caller, UUID conversation) {
    return world.in(() -> world.messaging.open(caller, conversation, null, null)).messages();
  }

  void at(Instant instant) {
    world.clock.advance(Duration.between(world.clock.instant(), instant));
  }

  @Test
  void aPracticeThatNeverSavedHasMessagingOnWithTheCrisisNoticeAndNoAutoReply() {
    MessagingSettingsView defaults = stored();

    assertThat(defaults.enabled()).isTrue();
    assertThat(defaults.recipients()).isEqualTo(MessageRecipients.CLINICIAN_AND_FRONT_DESK);
    assertThat(defaults.autoReply()).isEmpty();
    assertThat(defaults.crisisNotice()).contains("988");
    assertThat(defaults.officeDays()).containsExactlyElementsOf(WEEKDAYS);
    assertThat(defaults.officeOpens()).isEqualTo("09:00");
  }

  @Test
  void savedSettingsGovernTheNextReadAndTheChangeIsAudited() {
    save(settings(true, MessageRecipients.CLINICIAN, "  " + AUTO + "  ", "Call 988 in a crisis."));

    MessagingSettingsView saved = stored();
    assertThat(saved.recipients()).isEqualTo(MessageRecipients.CLINICIAN);
    assertThat(saved.autoReply()).isEqualTo(AUTO);
    assertThat(saved.crisisNotice()).isEqualTo("Call 988 in a crisis.");
    AuditEvent event = world.in(() -> world.audit.listRecent(1)).get(0);
    assertThat(event.action()).isEqualTo(AuditAction.MESSAGING_SETTINGS_CHANGED);
    assertThat(event.actor()).isEqualTo("admin@example.org");
  }

  @Test
  void anEmptyCrisisNoticeIsRefusedWithItsOwnMessageAndNothingIsSaved() {
    InvalidInput blank = refused(settings(true, MessageRecipients.CLINICIAN, AUTO, "  \n "));
    InvalidInput missing = refused(settings(true, MessageRecipients.CLINICIAN, AUTO, null));

    assertThat(blank.fieldErrors())
        .containsExactly(
            java.util.Map.entry(
                "crisisNotice",
                "Enter a crisis notice: clients must always see where to turn in a crisis"));
    assertThat(missing.fieldErrors()).containsOnlyKeys("crisisNotice");
    assertThat(stored().recipients()).isEqualTo(MessageRecipients.CLINICIAN_AND_FRONT_DESK);
    assertThat(stored().crisisNotice()).isEqualTo(MessagingSettings.DEFAULT_CRISIS_NOTICE);
  }

  @Test
  void overlongTextsInvalidHoursAndNoOfficeDayAreEachNamed() {
    InvalidInput problems =
        refused(
            new MessagingSettingsView(
                true, null, "x".repeat(1001), List.of(), "25:00", "5pm", "y".repeat(1001)));

    assertThat(problems.fieldErrors())
        .containsOnlyKeys(
            "recipients", "autoReply", "crisisNotice", "officeDays", "officeOpens", "officeCloses");
    assertThat(problems.fieldErrors().get("autoReply")).contains("1000").contains("1001");
    assertThat(problems.fieldErrors().get("officeOpens")).contains("09:00");

    InvalidInput backwards =
        refused(
            new MessagingSettingsView(
                true, MessageRecipients.CLINICIAN, "", WEEKDAYS, "17:00", "09:00", "Call 988"));
    assertThat(backwards.fieldErrors())
        .containsExactly(
            java.util.Map.entry("officeCloses", "Enter a closing time after the opening time"));
    assertThat(stored().officeOpens()).isEqualTo("09:00");
  }

  @Test
  void onlyAdministratorsWhoManageThePortalChangeTheSettings() {
    assertThatThrownBy(
            () ->
                world.in(
                    () ->
                        world.messagingSettings.change(
                            world.therapist,
                            settings(false, MessageRecipients.CLINICIAN, "", "Call 988"))))
        .isInstanceOf(Refused.class);
    assertThatThrownBy(() -> world.in(() -> world.messagingSettings.get(world.joLogin)))
        .isInstanceOf(NotFound.class);
    assertThat(stored().enabled()).isTrue();
  }

  @Test
  void theAutoReplyGoesOnceAConversationOutsideOfficeHoursOnThePracticesWallClock() {
    save(settings(true, MessageRecipients.CLINICIAN_AND_FRONT_DESK, AUTO, "Call 988"));
    // Chicago. Monday 8 March 2027, 14:30 UTC is 08:30 CST: before opening.
    at(Instant.parse("2027-03-08T14:30:00Z"));
    ConversationSummary early = start(world.joLogin, world.jo, "Are you open?");
    world.clock.advance(Duration.ofMinutes(5));
    reply(world.joLogin, early.id(), "Anyone?");

    List<MessageView> thread = messages(world.therapist, early.id());
    assertThat(thread)
        .extracting(MessageView::body)
        .containsExactly("Are you open?", AUTO, "Anyone?");
    MessageView automatic = thread.get(1);
    assertThat(automatic.automatic()).isTrue();
    assertThat(automatic.senderName()).endsWith("(automatic reply)");
    assertThat(thread.get(0).automatic()).isFalse();
    assertThat(world.in(() -> world.audit.listRecent(10)))
        .extracting(AuditEvent::action)
        .containsOnlyOnce(AuditAction.AUTO_REPLY_SENT);
    // The client saw it as she sent: no unread badge for the practice's own answer.
    assertThat(world.in(() -> world.lists.countUnread(world.joLogin, world.jo))).isZero();

    // Monday 15 March 2027, the day after clocks went forward: 14:30 UTC is 09:30 CDT, open.
    at(Instant.parse("2027-03-15T14:30:00Z"));
    ConversationSummary inHours = start(world.joLogin, world.jo, "Morning question");
    assertThat(messages(world.therapist, inHours.id())).hasSize(1);

    // The evening of that day (18:30 CDT): the first message outside hours gets it, once.
    at(Instant.parse("2027-03-15T23:30:00Z"));
    reply(world.joLogin, inHours.id(), "One more thing");
    world.clock.advance(Duration.ofMinutes(2));
    reply(world.joLogin, inHours.id(), "And another");
    assertThat(messages(world.therapist, inHours.id()))
        .extracting(MessageView::body)
        .containsExactly("Morning question", "One more thing", AUTO, "And another");

    // Saturday: staff writing is never answered automatically.
    at(Instant.parse("2027-03-20T16:00:00Z"));
    ConversationSummary fromStaff = start(world.therapist, world.jo, "Weekend note");
    assertThat(messages(world.therapist, fromStaff.id())).hasSize(1);
  }

  @Test
  void withoutAnAutoReplyTextNothingIsSentAtNight() {
    at(Instant.parse("2027-01-05T05:00:00Z"));
    ConversationSummary night = start(world.joLogin, world.jo, "Can't sleep");

    assertThat(messages(world.therapist, night.id())).hasSize(1);
  }

  @Test
  void messagingTurnedOffIsAPracticeWithoutMessagesForThePortalAndReadOnlyForStaff() {
    ConversationSummary earlier = start(world.joLogin, world.jo, "Before");
    save(settings(false, MessageRecipients.CLINICIAN_AND_FRONT_DESK, "", "Call 988"));

    assertThatThrownBy(() -> messages(world.joLogin, earlier.id())).isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> reply(world.joLogin, earlier.id(), "Hello?"))
        .isInstanceOf(NotFound.class);
    assertThatThrownBy(() -> start(world.joLogin, world.jo, "New")).isInstanceOf(NotFound.class);
    assertThatThrownBy(
            () -> world.in(() -> world.lists.listForPortal(world.joLogin, world.jo, null, null)))
        .isInstanceOf(NotFound.class);
    assertThat(world.in(() -> world.lists.countUnread(world.joLogin, world.jo))).isZero();
    assertThat(world.in(() -> world.rules.portalMessagingOn())).isFalse();

    assertThat(messages(world.therapist, earlier.id())).hasSize(1);
    assertThatThrownBy(() -> reply(world.therapist, earlier.id(), "Still there?"))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("turned off");
    assertThat(messages(world.therapist, earlier.id())).hasSize(1);

    save(settings(true, MessageRecipients.CLINICIAN_AND_FRONT_DESK, "", "Call 988"));
    assertThat(messages(world.joLogin, earlier.id())).hasSize(1);
  }

  @Test
  void theFrontDeskWritesOnlyWhenClientsWriteToTheFrontDeskToo() {
    ConversationSummary started = start(world.joLogin, world.jo, "Billing question");
    save(settings(true, MessageRecipients.CLINICIAN, "", "Call 988"));

    assertThatThrownBy(() -> reply(world.triage, started.id(), "Front desk here"))
        .isInstanceOf(Refused.class)
        .hasMessageContaining("clinician");
    assertThatThrownBy(() -> start(world.triage, world.jo, "From the desk"))
        .isInstanceOf(Refused.class);
    assertThat(messages(world.triage, started.id())).hasSize(1);
    reply(world.therapist, started.id(), "Dr Lin here");

    // A client without a clinician is answered by the front desk whatever the setting.
    UUID alone =
        world
            .in(
                () ->
                    world.records.create(
                        world.admin,
                        SampleClients.minimal("Lee", "Park", LocalDate.of(1980, 1, 1))))
            .id();
    ConversationSummary toDesk = start(world.triage, alone, "Welcome");
    assertThat(messages(world.triage, toDesk.id())).hasSize(1);

    save(settings(true, MessageRecipients.CLINICIAN_AND_FRONT_DESK, "", "Call 988"));
    reply(world.triage, started.id(), "Front desk here");
    assertThat(messages(world.joLogin, started.id())).hasSize(3);
  }
}
