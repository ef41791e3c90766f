package org.foyer.billing.portal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * A payment a client (or a contact whose link permits billing) makes in the portal: toward one
 * invoice, or any amount toward the balance. The card is a token made by the processor's own card
 * form, or a saved card; Foyer never sees a card number.
 *
 * @param invoiceId the invoice paid, or null for any amount toward the balance (kept as credit)
 * @param idempotencyKey one per attempt, made when the Pay form is shown: sent twice, one charge
 * @param cardToken the processor's token from its card form, or null with {@code savedCardId}
 */
public record PortalPayment(
    UUID invoiceId,
    @Min(value = 1, message = "{billing.amount.positive}")
        @Max(value = PortalPayment.LARGEST_CENTS, message = "{billing.amount.tooLarge}")
        long amountCents,
    @NotBlank(message = "{billing.attempt.required}")
        @Size(max = PortalPayment.KEY_LENGTH, message = "{foyer.tooLong}")
        String idempotencyKey,
    @Size(max = PortalPayment.TOKEN_LENGTH, message = "{foyer.tooLong}") String cardToken,
    UUID savedCardId) {

  public static final long LARGEST_CENTS = 100_000_000;
  public static final int KEY_LENGTH = 100;
  public static final int TOKEN_LENGTH = 200;

  /**
   * Written out so that the components' constraints are not copied onto its parameters (Payara's
   * OpenAPI scanner fails on those, payara/Payara#7649); validation reads the fields.
   */
  public PortalPayment(
      UUID invoiceId, long amountCents, String idempotencyKey, String cardToken, UUID savedCardId) {
    this.invoiceId = invoiceId;
    this.amountCents = amountCents;
    this.idempotencyKey = idempotencyKey == null ? null : idempotencyKey.strip();
    this.cardToken = cardToken == null || cardToken.isBlank() ? null : cardToken.strip();
    this.savedCardId = savedCardId;
  }
}
