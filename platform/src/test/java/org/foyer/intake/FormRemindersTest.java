package org.foyer.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;
import org.foyer.admin.portal.ClientOutreach;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.OutboxMessage;
import org.foyer.intake.boundary.FormReminders;
import org.foyer.intake.filling.boundary.SigningContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reminders on the default schedule: every 3 days, at most 3 times a form. */
class FormRemindersTest {

  IntakeWorld world;

  @BeforeEach
  void practice() {
    world = new IntakeWorld("reminders");
    assertThat(ClientOutreach.DEFAULTS.reminderDays()).isEqualTo(3);
    assertThat(ClientOutreach.DEFAULTS.reminderLimit()).isEqualTo(3);
  }

  int remindAfter(Duration elapsed) {
    FormReminders reminders =
        new FormReminders(
            IntakeWorld.db.unitOfWork(),
            world.settings,
            world.notices,
            world.audit,
            Clock.fixed(IntakeWorld.NOW.plus(elapsed), ZoneOffset.UTC));
    return reminders.remindDue(world.tenant);
  }

  long reminderMails() {
    return world.mail().stream().filter(m -> m.kind() == MailKind.FORM_REMINDER).count();
  }

  @Test
  void openFormsAreRemindedOnTheScheduleUpToTheLimit() {
    UUID formId = world.send("phq-9");
    world.send("gad-7");
    assertThat(remindAfter(Duration.ofDays(2))).isZero();
    assertThat(remindAfter(Duration.ofDays(3).plusMinutes(1))).isEqualTo(1);
    assertThat(reminderMails()).isEqualTo(2);
    assertThat(remindAfter(Duration.ofDays(3).plusMinutes(2))).isZero();
    assertThat(world.form(formId).remindersSent()).isEqualTo(1);
    assertThat(remindAfter(Duration.ofDays(7))).isEqualTo(1);
    assertThat(remindAfter(Duration.ofDays(11))).isEqualTo(1);
    assertThat(remindAfter(Duration.ofDays(15))).isZero();
    assertThat(world.form(formId).remindersSent()).isEqualTo(3);
    assertThat(world.mail())
        .filteredOn(m -> m.kind() == MailKind.FORM_REMINDER)
        .allSatisfy(
            (OutboxMessage m) ->
                assertThat(m.textBody()).contains("/portal/home").doesNotContain("PHQ", "Mood"));
  }

  @Test
  void submittedFormsAndOtherPracticesAreNotReminded() {
    UUID formId = world.send("phq-9");
    world.in(
        () ->
            world.filling.submit(
                world.client,
                world.clientId,
                formId,
                FormFillingTest.phq9(0),
                new SigningContext("192.0.2.1", "", Locale.ENGLISH)));
    IntakeWorld other = new IntakeWorld("other");
    other.send("gad-7");
    assertThat(remindAfter(Duration.ofDays(4))).isZero();
    assertThat(reminderMails()).isZero();
  }
}
