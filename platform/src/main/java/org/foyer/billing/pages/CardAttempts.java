package org.foyer.billing.pages;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Payments on their way through the processor's card form, kept in the session: the address the
 * form sends the client back to names only the attempt, so what is paid (client, invoice, amount)
 * cannot be changed on the way, and coming back twice is the same attempt.
 */
@SessionScoped
public class CardAttempts implements Serializable {

  private static final long serialVersionUID = 1L;
  private static final int KEPT = 20;

  /** One payment attempt: its key is also the payment's idempotency key. */
  public record Attempt(UUID clientId, UUID invoiceId, long amountCents) implements Serializable {}

  private final Map<String, Attempt> attempts =
      new LinkedHashMap<>() {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Attempt> eldest) {
          return size() > KEPT;
        }
      };

  /** Starts an attempt; its key. */
  public synchronized String start(Attempt attempt) {
    String key = UUID.randomUUID().toString();
    attempts.put(key, attempt);
    return key;
  }

  /** Keeps an attempt whose key the page made (a payment through Stripe's Payment Element). */
  public synchronized void remember(String key, Attempt attempt) {
    if (key != null && !key.isBlank()) {
      attempts.putIfAbsent(key, attempt);
    }
  }

  public synchronized Optional<Attempt> find(String key) {
    return Optional.ofNullable(key == null ? null : attempts.get(key));
  }
}
