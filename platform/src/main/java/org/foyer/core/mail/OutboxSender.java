package org.foyer.core.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.foyer.core.mail.delivery.MailDeliveryFailure;
import org.foyer.core.mail.delivery.MailEnvelope;
import org.foyer.core.mail.delivery.Mailer;
import org.foyer.core.persistence.UnitOfWork;
import org.foyer.core.practice.PracticeRegistry;
import org.foyer.core.runtime.PeriodicWork;
import org.foyer.core.tenancy.TenantId;

/**
 * Sends due outbox mail of every practice, safely from any number of instances at once.
 *
 * <p>Across practices: the practice registry is read (it is not tenant-owned) and each practice's
 * due mail is claimed in a unit of work of that practice, so row-level security binds every query
 * as it binds requests. A SECURITY DEFINER function listing due (tenant_id, id) pairs of all
 * practices would save the idle per-practice queries, but it would be a deliberate hole in
 * row-level security owned by the schema owner; one indexed query per practice and run is cheap at
 * the scale of practices a deployment hosts, so the wall stays whole.
 *
 * <p>Per message, three short steps, none holding a transaction open during SMTP: claim (lock with
 * SKIP LOCKED, mark SENDING with a lease, count the attempt, commit), deliver, record the outcome.
 * Another sender skips locked rows while the claim runs and, once it commits, finds the message
 * SENDING with a lease in the future, so it is not due. Only a sender that stops mid-delivery
 * leaves a message SENDING; after the lease it is claimed again (at-least-once: a message the
 * server accepted just before the crash may go twice, with the same Message-ID so receivers drop
 * the copy). The lease is short and a heartbeat extends it while a delivery runs, so a crash victim
 * waits minutes, not ten, and a merely slow delivery is never taken over.
 */
@ApplicationScoped
public class OutboxSender {

  private static final Logger LOG = Logger.getLogger(OutboxSender.class.getName());

  /** Messages claimed per practice and run; the rest wait for the next run. */
  static final int BATCH = 20;

  /** How long a claim holds a message without a heartbeat. */
  static final Duration LEASE = Duration.ofMinutes(2);

  /** How often a running delivery renews its lease; a quarter of it, so one missed beat is fine. */
  static final Duration HEARTBEAT = LEASE.dividedBy(4);

  private static final ScheduledExecutorService HEARTBEATS =
      Executors.newSingleThreadScheduledExecutor(
          task -> {
            Thread thread = new Thread(task, "foyer-mail-lease-heartbeat");
            thread.setDaemon(true);
            return thread;
          });

  private UnitOfWork unitOfWork;
  private EntityManager em;
  private Mailer mailer;
  private RetryPolicy policy;
  private Clock clock;
  private Duration heartbeat;

  protected OutboxSender() {}

  @Inject
  public OutboxSender(UnitOfWork unitOfWork, Mailer mailer, Clock clock) {
    this(unitOfWork, mailer, RetryPolicy.DEFAULT, clock);
  }

  public OutboxSender(UnitOfWork unitOfWork, Mailer mailer, RetryPolicy policy, Clock clock) {
    this(unitOfWork, mailer, policy, clock, HEARTBEAT);
  }

  OutboxSender(
      UnitOfWork unitOfWork, Mailer mailer, RetryPolicy policy, Clock clock, Duration heartbeat) {
    this.heartbeat = heartbeat;
    this.unitOfWork = unitOfWork;
    this.em = unitOfWork.entityManager();
    this.mailer = mailer;
    this.policy = policy;
    this.clock = clock;
  }

  @Inject
  @ConfigProperty(name = "foyer.mail.poll.seconds", defaultValue = "10")
  long pollSeconds;

  /** Every instance runs it; SKIP LOCKED claims keep instances apart. */
  @Produces
  PeriodicWork runs() {
    return PeriodicWork.every("Mail outbox sender", pollSeconds, 1, this::sendDue);
  }

  /** One run over every practice; returns how many messages were delivered. */
  public int sendDue() {
    int delivered = 0;
    for (TenantId tenant : practices()) {
      try {
        delivered += sendDue(tenant);
      } catch (RuntimeException e) {
        // One practice's trouble (a database hiccup) must not keep mail of the others waiting.
        LOG.log(Level.WARNING, "Sending queued mail of practice " + tenant + " failed", e);
      }
    }
    return delivered;
  }

  /** One run for one practice; returns how many messages were delivered. */
  public int sendDue(TenantId tenant) {
    int delivered = 0;
    for (Claimed claimed : claim(tenant)) {
      if (deliver(tenant, claimed)) {
        delivered++;
      }
    }
    return delivered;
  }

  private List<TenantId> practices() {
    return PracticeRegistry.listTenants(unitOfWork);
  }

  private List<Claimed> claim(TenantId tenant) {
    return unitOfWork.run(
        tenant,
        false,
        () -> {
          Instant now = clock.instant();
          List<Claimed> claimed = new ArrayList<>();
          for (OutboxMessage message : OutboxClaims.lockDue(em, now, BATCH)) {
            message
                .claim(now, now.plus(LEASE), policy)
                .ifPresent(envelope -> claimed.add(new Claimed(message.id(), envelope)));
          }
          return claimed;
        });
  }

  private boolean deliver(TenantId tenant, Claimed claimed) {
    try {
      sendKeepingTheLease(tenant, claimed);
    } catch (RuntimeException e) {
      // A failure the mailer did not foresee is still a failed attempt, not a message stuck in
      // SENDING until its lease ends; its class names it without echoing anything it carried.
      String error =
          e instanceof MailDeliveryFailure
              ? e.getMessage()
              : "Delivery failed unexpectedly (" + e.getClass().getSimpleName() + ")";
      record(
          tenant, claimed.id(), message -> message.attemptFailed(error, clock.instant(), policy));
      LOG.warning(() -> "Mail " + claimed.id() + " not delivered: " + error);
      return false;
    }
    record(tenant, claimed.id(), message -> message.delivered(clock.instant()));
    return true;
  }

  private void sendKeepingTheLease(TenantId tenant, Claimed claimed) {
    ScheduledFuture<?> beat =
        HEARTBEATS.scheduleAtFixedRate(
            () -> renewLease(tenant, claimed.id()),
            heartbeat.toMillis(),
            heartbeat.toMillis(),
            TimeUnit.MILLISECONDS);
    try {
      mailer.send(claimed.envelope());
    } finally {
      beat.cancel(false);
    }
  }

  private void renewLease(TenantId tenant, UUID id) {
    try {
      record(tenant, id, message -> message.extendLease(clock.instant().plus(LEASE)));
    } catch (RuntimeException e) {
      // A missed beat shortens the lease by one interval; the next beat tries again.
      LOG.log(Level.WARNING, "Renewing the lease of mail " + id + " failed", e);
    }
  }

  private void record(TenantId tenant, UUID id, Consumer<OutboxMessage> outcome) {
    unitOfWork.run(
        tenant,
        false,
        () -> {
          outcome.accept(em.find(OutboxMessage.class, id));
          return null;
        });
  }

  private record Claimed(UUID id, MailEnvelope envelope) {}
}
