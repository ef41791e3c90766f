package org.foyer.billing.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.foyer.billing.cards.entity.AutopayConsent;
import org.foyer.billing.cards.entity.SavedCard;
import org.foyer.billing.control.ProcessorAccounts;
import org.foyer.billing.control.gateway.CardDetails;
import org.foyer.core.errors.Conflict;
import org.foyer.core.errors.NotFound;

/**
 * A client's saved cards and standing autopay consent, and when a card may be charged: the one
 * place the portal, the front desk and autopay ask, so that all three refuse the same cards
 * (removed, expired, or kept by a processor the practice no longer uses) for the same reasons.
 */
@ApplicationScoped
public class SavedCards {

  static final String CARD = "That card";

  private EntityManager em;
  private ProcessorAccounts accounts;
  private Clock clock;

  protected SavedCards() {}

  @Inject
  public SavedCards(EntityManager em, ProcessorAccounts accounts, Clock clock) {
    this.em = em;
    this.accounts = accounts;
    this.clock = clock;
  }

  /** The client's cards not removed, newest first. */
  List<SavedCard> listOf(UUID clientId) {
    return em.createQuery(
            "SELECT c FROM SavedCard c WHERE c.clientId = :client AND c.removedAt IS NULL",
            SavedCard.class)
        .setParameter("client", clientId)
        .getResultStream()
        .sorted(Comparator.comparing(SavedCard::savedAt).reversed())
        .toList();
  }

  /** One of the client's cards; another client's, a removed one or an unknown id is not found. */
  SavedCard cardOf(UUID clientId, UUID cardId) {
    SavedCard card = cardId == null ? null : em.find(SavedCard.class, cardId);
    if (card == null || !card.clientId().equals(clientId) || card.isRemoved()) {
      throw new NotFound(CARD);
    }
    return card;
  }

  /** The client's standing autopay consent, if they gave one and have not withdrawn it. */
  Optional<AutopayConsent> consentOf(UUID clientId) {
    return em.createQuery(
            "SELECT a FROM AutopayConsent a WHERE a.clientId = :client AND a.withdrawnAt IS NULL",
            AutopayConsent.class)
        .setParameter("client", clientId)
        .getResultStream()
        .findFirst();
  }

  /** Why the card cannot be charged now, in words for its owner, or empty when it can. */
  Optional<String> refusal(SavedCard card) {
    if (card == null || card.isRemoved()) {
      return Optional.of("The saved card was removed");
    }
    if (card.isExpiredAt(YearMonth.now(clock))) {
      return Optional.of("The saved card has expired; use another card");
    }
    if (card.gateway() != accounts.settings().gateway()) {
      return Optional.of("The practice changed its card processor: save the card again");
    }
    return Optional.empty();
  }

  /** What a payment needs to charge the card, or a refusal that says why it cannot be. */
  Payments.SavedCardCharge chargeable(SavedCard card) {
    refusal(card)
        .ifPresent(
            why -> {
              throw card.isExpiredAt(YearMonth.now(clock))
                  ? Billing.invalid("savedCardId", why)
                  : new Conflict(why);
            });
    return new Payments.SavedCardCharge(
        card.processorRef(),
        card.customerRef().orElse(null),
        new CardDetails(card.brand(), card.last4(), card.expMonth(), card.expYear()));
  }
}
