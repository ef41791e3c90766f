package org.foyer.billing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.billing.control.Gateways;
import org.foyer.billing.control.ProcessorAccounts;
import org.foyer.billing.control.Settlement;
import org.foyer.billing.control.gateway.WebhookEvent;
import org.foyer.billing.entity.Payment;
import org.foyer.billing.entity.PaymentStatus;
import org.foyer.billing.entity.WebhookReceipt;
import org.foyer.billing.settings.entity.GatewayKind;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.NotFound;
import org.foyer.core.persistence.Transactional;

/**
 * What a processor tells the practice by webhook. The signature is checked with the practice's own
 * signing secret before anything is read; a forged one is refused and changes nothing. Each event
 * is handled once: its id is recorded, so a replay (the processor's retry, or an attacker's copy
 * within the signature's tolerance) finds it and changes nothing.
 */
@ApplicationScoped
public class PaymentWebhooks {

  static final String ACTOR = "payment processor";

  private EntityManager em;
  private AuditLog audit;
  private ProcessorAccounts accounts;
  private Gateways gateways;
  private Settlement settlement;
  private Clock clock;

  protected PaymentWebhooks() {}

  @Inject
  public PaymentWebhooks(
      EntityManager em,
      AuditLog audit,
      ProcessorAccounts accounts,
      Gateways gateways,
      Settlement settlement,
      Clock clock) {
    this.em = em;
    this.audit = audit;
    this.accounts = accounts;
    this.gateways = gateways;
    this.settlement = settlement;
    this.clock = clock;
  }

  /**
   * Handles one webhook.
   *
   * @return whether it changed anything (false for a replay or an event billing does not use)
   */
  @Transactional
  public boolean receive(String gateway, String payload, String signature) {
    GatewayKind kind = kindOf(gateway);
    if (kind != accounts.settings().gateway()) {
      throw new NotFound("That webhook");
    }
    // A forged webhook throws ForgedWebhook here, before anything is read or written.
    WebhookEvent event = gateways.get(kind).readWebhook(accounts.account(kind), payload, signature);
    if (alreadyReceived(kind, event.eventId())) {
      return false;
    }
    em.persist(new WebhookReceipt(kind, event.eventId(), event.type(), clock.instant()));
    try {
      em.flush();
    } catch (PersistenceException e) {
      // The same event delivered twice at once: the other delivery handles it.
      throw new Conflict("This event is being handled");
    }
    if (event.kind() == WebhookEvent.Kind.OTHER) {
      return false;
    }
    Optional<Payment> payment = paymentOf(kind, event);
    if (payment.isEmpty()) {
      return false;
    }
    PaymentStatus status =
        event.kind() == WebhookEvent.Kind.PAYMENT_SUCCEEDED
            ? PaymentStatus.SUCCEEDED
            : PaymentStatus.FAILED;
    boolean settled =
        settlement.learn(payment.get(), status, event.processorRef(), event.message(), ACTOR);
    audit.record(
        AuditRecord.success(ACTOR, AuditAction.PAYMENT_SETTLED)
            .about(
                "client "
                    + payment.get().clientId()
                    + " payment "
                    + payment.get().id()
                    + " "
                    + payment.get().status().name().toLowerCase()
                    + " by event "
                    + event.eventId()));
    return settled || status == PaymentStatus.FAILED;
  }

  private boolean alreadyReceived(GatewayKind kind, String eventId) {
    return !em.createQuery(
            "SELECT r FROM WebhookReceipt r WHERE r.gateway = :kind AND r.eventId = :id",
            WebhookReceipt.class)
        .setParameter("kind", kind)
        .setParameter("id", eventId)
        .getResultList()
        .isEmpty();
  }

  /** By the payment id Foyer sent as metadata, or else by the processor's id of the charge. */
  private Optional<Payment> paymentOf(GatewayKind kind, WebhookEvent event) {
    Optional<Payment> byId =
        event.paymentId().map(id -> em.find(Payment.class, id)).filter(p -> p.gateway() == kind);
    if (byId.isPresent() || event.processorRef() == null) {
      return byId;
    }
    return em.createQuery(
            "SELECT p FROM Payment p WHERE p.gateway = :kind AND p.processorRef = :ref",
            Payment.class)
        .setParameter("kind", kind)
        .setParameter("ref", event.processorRef())
        .getResultStream()
        .findFirst();
  }

  private static GatewayKind kindOf(String gateway) {
    try {
      GatewayKind kind =
          GatewayKind.valueOf(gateway == null ? "" : gateway.toUpperCase(Locale.ROOT));
      if (kind == GatewayKind.MANUAL) {
        throw new NotFound("That webhook");
      }
      return kind;
    } catch (IllegalArgumentException e) {
      throw new NotFound("That webhook");
    }
  }
}
