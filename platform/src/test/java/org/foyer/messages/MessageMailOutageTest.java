package org.foyer.messages;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.foyer.core.mail.Outbox;
import org.foyer.core.mail.OutboxMessage;
import org.foyer.core.mail.OutboxSender;
import org.foyer.core.mail.RetryPolicy;
import org.foyer.core.mail.SampleMail;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.mail.delivery.SmtpMailer;
import org.foyer.mail.MessageMail;
import org.foyer.mail.MessageMailObservers;
import org.foyer.messages.conversations.ConversationSummary;
import org.junit.jupiter.api.Test;

/**
 * A mail server outage while people write: the message is stored at once, its notice waits in the
 * outbox, and once the server is back exactly one notice per recipient goes, saying nothing of the
 * message. Real outbox, real sender, real SMTP (GreenMail started late on the port that was dead).
 */
class MessageMailOutageTest {

  final MessagingWorld world = new MessagingWorld("outage");
  final Outbox outbox = new Outbox(MessagingWorld.db.unitOfWork(), world.clock);

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  static MailSettings settings(int port) {
    return MailSettings.read(
        name ->
            Optional.ofNullable(
                Map.of(
                        MailSettings.SMTP_HOST, "127.0.0.1",
                        MailSettings.SMTP_PORT, String.valueOf(port),
                        MailSettings.SMTP_STARTTLS, "false",
                        MailSettings.SMTP_FROM, "Foyer <no-reply@foyer.test>",
                        MailSettings.PUBLIC_URL, "https://portal.example.org")
                    .get(name)));
  }

  /** The status as the database holds it, in words, not as the entity maps it. */
  List<String> storedStatuses() {
    return world.in(
        () ->
            world
                .em
                .createNativeQuery(
                    "SELECT status FROM outbox_message WHERE tenant_id = ?1 ORDER BY created_at")
                .setHint("eclipselink.jdbc.allow-native-sql-query", true)
                .setParameter(1, world.tenant.value())
                .getResultList()
                .stream()
                .map(Object::toString)
                .toList());
  }

  @Test
  void aMessageWrittenDuringAnOutageIsKeptAndItsNoticeGoesOnceWhenTheServerIsBack()
      throws Exception {
    int port = freePort();
    MailSettings settings = settings(port);
    world.onNotices =
        MessageMailObservers.observing(
            new MessageMail(outbox, settings, MessagingWorld.db.unitOfWork()));
    OutboxSender sender =
        new OutboxSender(
            MessagingWorld.db.unitOfWork(),
            new SmtpMailer(settings),
            new RetryPolicy(5, Duration.ofMinutes(1), Duration.ofMinutes(30)),
            world.clock);

    ConversationSummary started =
        world.in(
            () ->
                world.messaging.start(
                    world.joLogin,
                    world.jo,
                    new NewConversation(
                        "Panic attacks at night",
                        "I had three panic attacks",
                        world.jo,
                        false,
                        null)));
    assertThat(sender.sendDue(world.tenant)).as("the server is down").isZero();
    world.clock.advance(Duration.ofMinutes(2));
    world.in(
        () ->
            world.messaging.reply(world.joLogin, started.id(), new NewMessage("And again today")));
    assertThat(sender.sendDue(world.tenant)).isZero();

    assertThat(storedStatuses()).containsExactly("QUEUED");
    OutboxMessage waiting = SampleMail.all(world.tenant).get(0);
    assertThat(waiting.recipient()).isEqualTo("rae@example.org");
    assertThat(waiting.attempts()).isEqualTo(2);
    assertThat(waiting.lastError()).get().asString().startsWith("SMTP delivery failed");
    assertThat(
            world
                .in(() -> world.messaging.open(world.therapist, started.id(), null, null))
                .messages())
        .hasSize(2);

    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    try {
      world.clock.advance(Duration.ofMinutes(5));
      assertThat(sender.sendDue(world.tenant)).isEqualTo(1);
      world.clock.advance(Duration.ofHours(1));
      assertThat(sender.sendDue(world.tenant)).as("nothing sent twice").isZero();

      assertThat(storedStatuses()).containsExactly("SENT");
      MimeMessage[] received = smtp.getReceivedMessages();
      assertThat(received).hasSize(1);
      assertThat(received[0].getRecipients(Message.RecipientType.TO)[0].toString())
          .isEqualTo("rae@example.org");
      String mail = GreenMailUtil.getWholeMessage(received[0]);
      assertThat(mail)
          .contains("You have a new message")
          .doesNotContainIgnoringCase("panic")
          .doesNotContain("three", "again today", "Rivera", "jo@example.org", "Jo ");
    } finally {
      smtp.stop();
    }
  }
}
