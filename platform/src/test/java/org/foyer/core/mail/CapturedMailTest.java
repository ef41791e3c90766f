package org.foyer.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.foyer.core.mail.SampleMail.db;

import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.foyer.core.mail.delivery.CapturingMailer;
import org.foyer.core.mail.dev.CapturedMail;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.tenancy.TenantId;
import org.foyer.fixtures.MovableClock;
import org.junit.jupiter.api.Test;

/** Development capture: mail stays in the outbox, is logged in one line and listed with links. */
class CapturedMailTest {

  final MovableClock clock = new MovableClock(SampleMail.NOW);
  final Outbox outbox = new Outbox(db.unitOfWork(), clock);

  @Test
  void capturedMailIsMarkedSentLoggedAndListedWithItsLinks() {
    TenantId tenant = SampleMail.practice();
    db.inTenant(
        tenant,
        () ->
            outbox.enqueue(
                OutgoingMail.text(
                    MailKind.CLIENT_INVITATION,
                    "client@example.org",
                    "Your portal is ready",
                    "Open https://portal.example.org/p/h/accept?token=abc to begin."
                        + " Again: https://portal.example.org/p/h/accept?token=abc")));
    List<String> logged = new java.util.concurrent.CopyOnWriteArrayList<>();
    Logger logger = Logger.getLogger(CapturingMailer.class.getName());
    Handler handler =
        new Handler() {
          @Override
          public void publish(LogRecord entry) {
            logged.add(entry.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(handler);
    try {
      new OutboxSender(db.unitOfWork(), new CapturingMailer(), RetryPolicy.DEFAULT, clock)
          .sendDue(tenant);
    } finally {
      logger.removeHandler(handler);
    }

    assertThat(logged)
        .containsExactly(
            "Mail captured (development, not sent) to client@example.org: Your portal is ready");
    List<OutboxMessage> recent = Tenancy.as(tenant, outbox::listRecent);
    assertThat(recent)
        .singleElement()
        .satisfies(m -> assertThat(m.status()).isEqualTo(MessageStatus.SENT));
    assertThat(CapturedMail.of(recent.get(0)).getLinks())
        .containsExactly("https://portal.example.org/p/h/accept?token=abc");
  }
}
