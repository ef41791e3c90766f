package org.foyer.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foyer.core.mail.SampleMail.db;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foyer.core.mail.MailKind;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.OutboxMessage;
import org.foyer.core.mail.SampleMail;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.tenancy.TenantId;
import org.foyer.fixtures.MovableClock;
import org.foyer.messages.MessageNoticesDue;
import org.junit.jupiter.api.Test;

/** The new-message notice: branded, one per recipient, and nothing about the message. */
class MessageMailTest {

  static final MailSettings SETTINGS =
      MailSettings.read(
          name ->
              Optional.ofNullable(
                  Map.of(MailSettings.PUBLIC_URL, "https://portal.example.org").get(name)));

  final MessageMail mail =
      new MessageMail(
          new Outbox(db.unitOfWork(), new MovableClock(SampleMail.NOW)), SETTINGS, db.unitOfWork());
  final TenantId tenant = SampleMail.practice("Harbor Light Counseling", "America/Chicago");

  @Test
  void eachRecipientIsToldThereIsAMessageFromThePracticeAndNothingMore() {
    db.inTenant(
        tenant,
        () -> {
          mail.onNoticesDue(
              new MessageNoticesDue(
                  tenant, List.of("jo@example.org", "maria@example.org"), "/portal/messages"));
          return null;
        });

    List<OutboxMessage> queued = SampleMail.all(tenant);
    assertThat(queued)
        .extracting(OutboxMessage::recipient)
        .containsExactlyInAnyOrder("jo@example.org", "maria@example.org");
    OutboxMessage message = queued.get(0);
    assertThat(message.kind()).isEqualTo(MailKind.NEW_MESSAGE);
    assertThat(message.subject()).isEqualTo("You have a new message from Harbor Light Counseling");
    assertThat(message.textBody())
        .contains("You have a new message from Harbor Light Counseling")
        .containsPattern("https://portal\\.example\\.org/p/[^/]+/portal/messages");
    assertThat(message.htmlBody()).get().asString().contains("/portal/messages\"");
  }
}
