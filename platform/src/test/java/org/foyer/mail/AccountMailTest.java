package org.foyer.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foyer.core.mail.SampleMail.db;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.OutboxMessage;
import org.foyer.core.mail.SampleMail;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.tenancy.TenantId;
import org.foyer.fixtures.MovableClock;
import org.foyer.security.reset.PasswordResetForUnknownEmail;
import org.foyer.security.reset.PasswordResetIssued;
import org.foyer.security.signin.SignInPaused;
import org.junit.jupiter.api.Test;

/** The reset link, the note to an address without an account, and the pause notice. */
class AccountMailTest {

  static final MailSettings SETTINGS =
      MailSettings.read(
          name ->
              Optional.ofNullable(
                  Map.of(MailSettings.PUBLIC_URL, "https://portal.example.org").get(name)));

  final AccountMail mail =
      new AccountMail(
          new Outbox(db.unitOfWork(), new MovableClock(SampleMail.NOW)), SETTINGS, db.unitOfWork());
  final TenantId tenant = SampleMail.practice("Harbour Counselling", "America/Chicago");

  OutboxMessage queued(Runnable observe) {
    db.inTenant(
        tenant,
        () -> {
          observe.run();
          return null;
        });
    return SampleMail.all(tenant).get(0);
  }

  @Test
  void theResetLinkIsBrandedAndSaysWhenItExpiresInThePracticesZone() {
    OutboxMessage message =
        queued(
            () ->
                mail.onResetIssued(
                    new PasswordResetIssued(
                        tenant,
                        "cleo@example.org",
                        "Cleo\r\nClient",
                        "/p/harbour/reset-password?token=t0k",
                        Instant.parse("2026-12-03T16:30:00Z"))));

    assertThat(message.kind()).isEqualTo(MailKind.PASSWORD_RESET);
    assertThat(message.recipient()).isEqualTo("cleo@example.org");
    assertThat(message.subject()).isEqualTo("Choose a new password for Harbour Counselling");
    assertThat(message.textBody())
        .contains("Hello Cleo Client,")
        .contains("https://portal.example.org/p/harbour/reset-password?token=t0k")
        .contains("until 3 December 2026, 10:30 CST")
        .contains("If you did not ask for this, ignore this email");
    assertThat(message.htmlBody())
        .get()
        .asString()
        .contains("<h1")
        .contains("href=\"https://portal.example.org/p/harbour/reset-password?token=t0k\"");
  }

  @Test
  void anAddressWithoutAnAccountIsToldSoWithoutALink() {
    OutboxMessage message =
        queued(
            () ->
                mail.onResetForUnknownEmail(
                    new PasswordResetForUnknownEmail(
                        tenant, "nobody@example.org", "/p/harbour/forgot-password")));

    assertThat(message.kind()).isEqualTo(MailKind.PASSWORD_RESET);
    assertThat(message.recipient()).isEqualTo("nobody@example.org");
    assertThat(message.textBody())
        .contains("no account there uses it")
        .contains("https://portal.example.org/p/harbour/forgot-password")
        .doesNotContain("token=");
  }

  @Test
  void thePauseNoticeSaysUntilWhenAndOffersAReset() {
    OutboxMessage message =
        queued(
            () ->
                mail.onSignInPaused(
                    new SignInPaused(
                        tenant,
                        "ada@example.org",
                        "Ada Admin",
                        "/p/harbour/forgot-password",
                        Instant.parse("2026-12-03T16:30:00Z"))));

    assertThat(message.kind()).isEqualTo(MailKind.SIGN_IN_NOTICE);
    assertThat(message.subject())
        .isEqualTo("Sign-in to your account was paused at Harbour Counselling");
    assertThat(message.textBody())
        .contains("Hello Ada Admin,")
        .contains("paused until 3 December 2026, 10:30 CST")
        .contains("You can still sign in from devices you have signed in with before")
        .contains("https://portal.example.org/p/harbour/forgot-password");
  }
}
