package org.foyer.core.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.foyer.core.mail.SampleMail.db;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.staff.entity.StaffMember;
import org.foyer.admin.staff.entity.StaffRole;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.tenancy.TenantId;
import org.foyer.fixtures.MovableClock;
import org.junit.jupiter.api.Test;

/** Queuing mail against the real database: with the change, or not at all; per practice. */
class OutboxTest {

  final MovableClock clock = new MovableClock(SampleMail.NOW);
  final Outbox outbox = new Outbox(db.unitOfWork(), clock);

  @Test
  void aQueuedMessageCommitsWithTheChangeThatCausedIt() {
    TenantId tenant = SampleMail.practice();
    UUID id =
        db.inTenant(
            tenant,
            () -> {
              db.entityManager()
                  .persist(new StaffMember("new@example.org", "Nia", StaffRole.THERAPIST));
              return outbox.enqueue(SampleMail.mail("new@example.org"));
            });

    OutboxMessage message = SampleMail.load(tenant, id);
    assertThat(message.status()).isEqualTo(MessageStatus.QUEUED);
    assertThat(message.attempts()).isZero();
    assertThat(message.nextAttemptAt()).isEqualTo(SampleMail.NOW);
    assertThat(message.createdAt()).isEqualTo(SampleMail.NOW);
    assertThat(message.recipient()).isEqualTo("new@example.org");
    assertThat(message.sentAt()).isEmpty();
    assertThat(message.lastError()).isEmpty();
  }

  @Test
  void aRolledBackUnitOfWorkLeavesNoMessage() {
    TenantId tenant = SampleMail.practice();
    assertThatThrownBy(
            () ->
                db.inTenant(
                    tenant,
                    () -> {
                      outbox.enqueue(SampleMail.mail("never@example.org"));
                      db.entityManager().flush();
                      throw new IllegalStateException("the change failed after queuing");
                    }))
        .hasMessage("the change failed after queuing");

    assertThat(SampleMail.all(tenant)).isEmpty();
  }

  @Test
  void queuingOutsideAUnitOfWorkIsRefused() {
    assertThatThrownBy(() -> outbox.enqueue(SampleMail.mail("loose@example.org")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("inside the unit of work");
  }

  @Test
  void anotherPracticeNeitherSeesNorLoadsTheMessages() {
    TenantId ours = SampleMail.practice();
    TenantId theirs = SampleMail.practice();
    UUID id = SampleMail.queue(outbox, ours, "ours@example.org").get(0);

    assertThat(SampleMail.load(theirs, id)).isNull();
    assertThat(SampleMail.all(theirs)).isEmpty();
    assertThat(Tenancy.as(theirs, outbox::listRecent)).isEmpty();
    assertThat(Tenancy.as(ours, outbox::listRecent))
        .extracting(OutboxMessage::recipient)
        .containsExactly("ours@example.org");
  }

  @Test
  void recentMailIsNewestFirstAndBounded() {
    TenantId tenant = SampleMail.practice();
    for (int i = 0; i < Outbox.RECENT_LIMIT + 2; i++) {
      SampleMail.queue(outbox, tenant, "r" + i + "@example.org");
      clock.advance(Duration.ofSeconds(1));
    }

    List<OutboxMessage> recent = Tenancy.as(tenant, outbox::listRecent);

    assertThat(recent).hasSize(Outbox.RECENT_LIMIT);
    assertThat(recent.get(0).recipient())
        .isEqualTo("r" + (Outbox.RECENT_LIMIT + 1) + "@example.org");
    assertThat(recent).extracting(OutboxMessage::recipient).doesNotContain("r0@example.org");
  }

  @Test
  void listingNeedsAPractice() {
    assertThatThrownBy(outbox::listRecent).isInstanceOf(IllegalStateException.class);
  }
}
