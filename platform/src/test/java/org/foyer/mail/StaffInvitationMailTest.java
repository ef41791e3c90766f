package org.foyer.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.foyer.core.mail.SampleMail.db;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import org.foyer.admin.staff.boundary.StaffInvited;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.OutboxMessage;
import org.foyer.core.mail.OutgoingMail;
import org.foyer.core.mail.SampleMail;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.tenancy.TenantId;
import org.foyer.fixtures.MovableClock;
import org.junit.jupiter.api.Test;

/** The invitation email queued when a staff member is invited. */
class StaffInvitationMailTest {

  static final Instant EXPIRES = Instant.parse("2026-12-04T09:00:00Z");
  static final MailSettings SETTINGS =
      MailSettings.read(
          name ->
              Optional.ofNullable(
                  Map.of(MailSettings.PUBLIC_URL, "https://portal.example.org/").get(name)));

  final Outbox outbox = new Outbox(db.unitOfWork(), new MovableClock(SampleMail.NOW));

  static StaffInvited invited(TenantId tenant, String practice, String name, String path) {
    return new StaffInvited(tenant, practice, "nia@example.org", name, path, EXPIRES);
  }

  StaffInvitationMail observer(Optional<String> inviter) {
    return new StaffInvitationMail(outbox, SETTINGS, db.unitOfWork(), () -> inviter);
  }

  @Test
  void theInvitationIsQueuedInTheInvitingUnitOfWorkWithAnAbsoluteLink() {
    TenantId tenant = SampleMail.practice("Harbour Counselling", "Europe/Berlin");

    db.inTenant(
        tenant,
        () -> {
          observer(Optional.of("admin@example.org"))
              .onStaffInvited(
                  invited(
                      tenant,
                      "Harbour Counselling",
                      "Nia",
                      "/p/harbour/staff-invitation?token=t0k"));
          return null;
        });

    OutboxMessage message = SampleMail.all(tenant).get(0);
    assertThat(message.kind()).isEqualTo(MailKind.STAFF_INVITATION);
    assertThat(message.recipient()).isEqualTo("nia@example.org");
    assertThat(message.subject()).isEqualTo("You're invited to join Harbour Counselling on Foyer");
    assertThat(message.textBody())
        .contains("Hello Nia,")
        .contains("admin@example.org has invited you to join Harbour Counselling")
        .contains("https://portal.example.org/p/harbour/staff-invitation?token=t0k")
        .contains("until 4 December 2026, 10:00 CET");
    assertThat(message.htmlBody())
        .get()
        .asString()
        .contains("href=\"https://portal.example.org/p/harbour/staff-invitation?token=t0k\"");
  }

  @Test
  void aFailedInvitationTakesItsEmailWithIt() {
    TenantId tenant = SampleMail.practice();
    assertThatThrownBy(
            () ->
                db.inTenant(
                    tenant,
                    () -> {
                      observer(Optional.empty())
                          .onStaffInvited(invited(tenant, "Harbour", "Nia", "/p/h/accept?t=1"));
                      throw new IllegalStateException("the invitation could not be saved");
                    }))
        .hasMessage("the invitation could not be saved");
    assertThat(SampleMail.all(tenant)).isEmpty();
  }

  @Test
  void withoutASignedInInviterTheAdministratorIsNamed() {
    OutgoingMail mail =
        StaffInvitationMail.compose(
            invited(SampleMail.practice(), "Harbour", "Nia", "/x"),
            "https://portal.example.org/x",
            Optional.empty(),
            ZoneId.of("UTC"));
    assertThat(mail.text())
        .contains("Your practice's administrator has invited you")
        .contains("until 4 December 2026, 09:00 UTC");
  }

  @Test
  void hostileNamesCannotAddHeadersOrMarkup() {
    OutgoingMail mail =
        StaffInvitationMail.compose(
            invited(
                SampleMail.practice(),
                "Harbour\r\nBcc: all@example.org",
                "<script>alert(1)</script>",
                "/x"),
            "https://portal.example.org/x?a=1&b=2",
            Optional.of("admin@example.org"),
            ZoneId.of("UTC"));
    assertThat(mail.subject())
        .isEqualTo("You're invited to join Harbour Bcc: all@example.org on Foyer");
    assertThat(mail.html())
        .get()
        .asString()
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .doesNotContain("<script>")
        .contains("href=\"https://portal.example.org/x?a=1&amp;b=2\"");
  }

  @Test
  void aVeryLongPracticeNameFallsBackToAShortSubject() {
    OutgoingMail mail =
        StaffInvitationMail.compose(
            invited(SampleMail.practice(), "P".repeat(200), "Nia", "/x"),
            "https://portal.example.org/x",
            Optional.empty(),
            ZoneId.of("UTC"));
    assertThat(mail.subject()).isEqualTo("You're invited to Foyer");
  }

  @Test
  void theEmailCarriesNoHealthInformationOnlyThePracticeAndTheLink() {
    OutgoingMail mail =
        StaffInvitationMail.compose(
            invited(SampleMail.practice(), "Harbour", "Nia", "/x"),
            "https://portal.example.org/x",
            Optional.empty(),
            ZoneId.of("UTC"));
    assertThat(mail.text().toLowerCase())
        .doesNotContain("diagnos", "phq", "assessment", "client", "session note");
  }

  @Test
  void onlyPathsOfThisFoyerBecomeLinks() {
    assertThat(SETTINGS.link("/p/demo/x")).isEqualTo("https://portal.example.org/p/demo/x");
    assertThatThrownBy(() -> SETTINGS.link("//evil.example.org/p"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SETTINGS.link("https://evil.example.org/p"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
