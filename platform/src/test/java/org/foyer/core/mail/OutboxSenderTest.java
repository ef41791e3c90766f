package org.foyer.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.foyer.core.mail.SampleMail.db;

import com.icegreen.greenmail.base.GreenMailOperations;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.foyer.core.mail.delivery.MailSettings;
import org.foyer.core.mail.delivery.SmtpMailer;
import org.foyer.core.tenancy.TenantId;
import org.foyer.fixtures.MovableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sender against the real database and a real SMTP server (GreenMail on a random port). */
class OutboxSenderTest {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

  static final RetryPolicy POLICY =
      new RetryPolicy(3, Duration.ofMinutes(1), Duration.ofMinutes(30));

  final MovableClock clock = new MovableClock(SampleMail.NOW);
  final Outbox outbox = new Outbox(db.unitOfWork(), clock);

  static SmtpMailer mailerOn(int port) {
    return new SmtpMailer(
        MailSettings.read(
            name ->
                Optional.ofNullable(
                    Map.of(
                            MailSettings.SMTP_HOST, "127.0.0.1",
                            MailSettings.SMTP_PORT, String.valueOf(port),
                            MailSettings.SMTP_STARTTLS, "false",
                            MailSettings.SMTP_FROM, "Foyer <no-reply@foyer.test>")
                        .get(name))));
  }

  OutboxSender senderOn(int port) {
    return new OutboxSender(db.unitOfWork(), mailerOn(port), POLICY, clock);
  }

  OutboxSender sender() {
    return senderOn(smtp.getSmtp().getPort());
  }

  static List<String> recipients(GreenMailOperations server) throws Exception {
    List<String> recipients = new ArrayList<>();
    for (MimeMessage message : server.getReceivedMessages()) {
      recipients.add(message.getRecipients(Message.RecipientType.TO)[0].toString());
    }
    return recipients;
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  @Test
  void aQueuedMessageIsSentOnceAndMarkedSent() throws Exception {
    TenantId tenant = SampleMail.practice();
    UUID id = SampleMail.queue(outbox, tenant, "once@example.org").get(0);
    OutboxSender sender = sender();

    assertThat(sender.sendDue(tenant)).isEqualTo(1);
    clock.advance(Duration.ofDays(2));
    assertThat(sender.sendDue(tenant)).isZero();

    assertThat(recipients(smtp)).containsExactly("once@example.org");
    MimeMessage received = smtp.getReceivedMessages()[0];
    assertThat(received.getSubject()).isEqualTo("You have a new message");
    assertThat(received.getFrom()[0].toString()).isEqualTo("Foyer <no-reply@foyer.test>");
    OutboxMessage message = SampleMail.load(tenant, id);
    assertThat(message.status()).isEqualTo(MessageStatus.SENT);
    assertThat(message.attempts()).isEqualTo(1);
    assertThat(message.sentAt()).contains(SampleMail.NOW);
  }

  @Test
  void anHtmlAlternativeTravelsBesideTheText() throws Exception {
    TenantId tenant = SampleMail.practice();
    db.inTenant(
        tenant,
        () ->
            outbox.enqueue(
                new OutgoingMail(
                    MailKind.PORTAL_NOTICE,
                    "html@example.org",
                    "Something in your portal",
                    "Plain words.",
                    Optional.of("<p>Rich words.</p>"))));

    sender().sendDue(tenant);

    MimeMultipart alternatives = (MimeMultipart) smtp.getReceivedMessages()[0].getContent();
    assertThat(alternatives.getContentType()).startsWith("multipart/alternative");
    assertThat(alternatives.getBodyPart(0).getContent().toString()).isEqualTo("Plain words.");
    assertThat(alternatives.getBodyPart(1).getContent().toString()).isEqualTo("<p>Rich words.</p>");
  }

  @Test
  void whileTheServerIsDownMailStaysQueuedAndGoesOnceItIsBack() throws Exception {
    int port = freePort();
    TenantId tenant = SampleMail.practice();
    UUID id = SampleMail.queue(outbox, tenant, "patient@example.org").get(0);
    OutboxSender sender = senderOn(port);

    assertThat(sender.sendDue(tenant)).isZero();

    OutboxMessage waiting = SampleMail.load(tenant, id);
    assertThat(waiting.status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(waiting.attempts()).isEqualTo(1);
    assertThat(waiting.nextAttemptAt()).isEqualTo(SampleMail.NOW.plus(Duration.ofMinutes(1)));
    assertThat(waiting.lastError()).get().asString().startsWith("SMTP delivery failed");
    assertThat(waiting.lastError().get()).doesNotContain("new message", "portal");

    GreenMail restarted =
        new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    restarted.start();
    try {
      assertThat(sender.sendDue(tenant)).as("not due before its backoff ends").isZero();
      clock.advance(Duration.ofMinutes(1));
      assertThat(sender.sendDue(tenant)).isEqualTo(1);
      assertThat(recipients(restarted)).containsExactly("patient@example.org");
    } finally {
      restarted.stop();
    }
    OutboxMessage sent = SampleMail.load(tenant, id);
    assertThat(sent.status()).isEqualTo(MessageStatus.SENT);
    assertThat(sent.attempts()).isEqualTo(2);
    assertThat(sent.lastError()).isEmpty();
  }

  @Test
  void afterTheLastAllowedAttemptTheMessageFailsVisibly() throws Exception {
    TenantId tenant = SampleMail.practice();
    UUID id = SampleMail.queue(outbox, tenant, "unlucky@example.org").get(0);
    OutboxSender sender = senderOn(freePort());

    for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
      assertThat(sender.sendDue(tenant)).isZero();
      assertThat(SampleMail.load(tenant, id).attempts()).isEqualTo(attempt);
      clock.advance(POLICY.delayAfter(attempt));
    }
    clock.advance(Duration.ofDays(30));
    sender.sendDue(tenant);

    OutboxMessage failed = SampleMail.load(tenant, id);
    assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
    assertThat(failed.attempts()).isEqualTo(POLICY.maxAttempts());
    assertThat(failed.lastError()).isPresent();
    assertThat(failed.sentAt()).isEmpty();
  }

  @Test
  void twoConcurrentSendersNeverSendTheSameMessageTwice() throws Exception {
    TenantId tenant = SampleMail.practice();
    String[] addresses =
        IntStream.range(0, 60).mapToObj(i -> "many" + i + "@example.org").toArray(String[]::new);
    SampleMail.queue(outbox, tenant, addresses);
    List<OutboxSender> senders = List.of(sender(), sender());
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService threads = Executors.newFixedThreadPool(senders.size());
    try {
      List<Future<Integer>> runs = new ArrayList<>();
      for (OutboxSender sender : senders) {
        Callable<Integer> drain =
            () -> {
              start.await();
              int delivered = 0;
              for (int round = 0; round < 10; round++) {
                delivered += sender.sendDue(tenant);
              }
              return delivered;
            };
        runs.add(threads.submit(drain));
      }
      start.countDown();
      int delivered = 0;
      for (Future<Integer> run : runs) {
        delivered += run.get();
      }
      assertThat(delivered).isEqualTo(addresses.length);
    } finally {
      threads.shutdownNow();
    }

    assertThat(recipients(smtp)).hasSize(addresses.length).containsExactlyInAnyOrder(addresses);
    assertThat(SampleMail.all(tenant))
        .allSatisfy(m -> assertThat(m.status()).isEqualTo(MessageStatus.SENT))
        .allSatisfy(m -> assertThat(m.attempts()).isEqualTo(1));
  }

  @Test
  void aClaimWhoseSenderVanishedIsTakenAgainAfterItsLease() throws Exception {
    TenantId tenant = SampleMail.practice();
    UUID id = SampleMail.queue(outbox, tenant, "orphan@example.org").get(0);
    claimWithoutReporting(tenant);

    OutboxSender sender = sender();
    assertThat(sender.sendDue(tenant)).as("held by the vanished sender's lease").isZero();
    clock.advance(OutboxSender.LEASE);
    assertThat(sender.sendDue(tenant)).isEqualTo(1);

    assertThat(recipients(smtp)).containsExactly("orphan@example.org");
    assertThat(SampleMail.load(tenant, id).attempts()).isEqualTo(2);
  }

  @Test
  void aCrashVictimWaitsMinutesNotTen() throws Exception {
    TenantId tenant = SampleMail.practice();
    SampleMail.queue(outbox, tenant, "soon@example.org");
    claimWithoutReporting(tenant);

    clock.advance(Duration.ofMinutes(2).plusSeconds(1));
    assertThat(sender().sendDue(tenant)).isEqualTo(1);
    assertThat(recipients(smtp)).containsExactly("soon@example.org");
  }

  @Test
  void aSlowDeliveryKeepsItsClaimAliveSoNoOtherSenderSendsItAgain() throws Exception {
    TenantId tenant = SampleMail.practice();
    UUID id = SampleMail.queue(outbox, tenant, "slow@example.org").get(0);
    CountDownLatch inDelivery = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    SmtpMailer smtpMailer = mailerOn(smtp.getSmtp().getPort());
    OutboxSender slow =
        new OutboxSender(
            db.unitOfWork(),
            envelope -> {
              inDelivery.countDown();
              try {
                release.await();
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
              smtpMailer.send(envelope);
            },
            POLICY,
            clock,
            Duration.ofMillis(100));
    ExecutorService thread = Executors.newSingleThreadExecutor();
    try {
      Future<Integer> slowRun = thread.submit(() -> slow.sendDue(tenant));
      inDelivery.await();
      clock.advance(OutboxSender.LEASE.plusSeconds(1));
      Thread.sleep(600);

      assertThat(sender().sendDue(tenant)).as("the heartbeat renewed the lease").isZero();
      release.countDown();
      assertThat(slowRun.get()).isEqualTo(1);
    } finally {
      release.countDown();
      thread.shutdownNow();
    }
    assertThat(recipients(smtp)).containsExactly("slow@example.org");
    assertThat(SampleMail.load(tenant, id).attempts()).isEqualTo(1);
  }

  @Test
  void aVanishedLastAttemptIsGivenUpRatherThanSentBeyondTheLimit() throws Exception {
    TenantId tenant = SampleMail.practice();
    UUID id = SampleMail.queue(outbox, tenant, "limit@example.org").get(0);
    for (int attempt = 1; attempt <= POLICY.maxAttempts(); attempt++) {
      claimWithoutReporting(tenant);
      clock.advance(OutboxSender.LEASE);
    }

    assertThat(sender().sendDue(tenant)).isZero();

    assertThat(smtp.getReceivedMessages()).isEmpty();
    OutboxMessage failed = SampleMail.load(tenant, id);
    assertThat(failed.status()).isEqualTo(MessageStatus.FAILED);
    assertThat(failed.lastError()).get().asString().contains("did not finish");
  }

  @Test
  void oneRunCoversEveryPracticeEachUnderItsOwnRowSecurity() throws Exception {
    TenantId first = SampleMail.practice();
    TenantId second = SampleMail.practice();
    SampleMail.queue(outbox, first, "first@example.org");
    SampleMail.queue(outbox, second, "second@example.org");

    sender().sendDue();

    assertThat(recipients(smtp)).contains("first@example.org", "second@example.org");
    assertThat(SampleMail.all(first))
        .singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo(MessageStatus.SENT));
    assertThat(SampleMail.all(second))
        .singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo(MessageStatus.SENT));
  }

  /**
   * A sender that claims and then dies before delivering or reporting: an {@link Error} escapes
   * every catch the sender has, as the end of its instance would.
   */
  private void claimWithoutReporting(TenantId tenant) {
    OutboxSender dying =
        new OutboxSender(
            db.unitOfWork(),
            envelope -> {
              throw new InstanceStopped();
            },
            POLICY,
            clock);
    assertThatThrownBy(() -> dying.sendDue(tenant)).isInstanceOf(InstanceStopped.class);
  }

  static final class InstanceStopped extends Error {}
}
