package org.foyer.billing.cards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.foyer.billing.portal.PortalPayment;

/**
 * A card to keep for later, as the processor's card form tokenised it (Stripe: the PaymentMethod
 * Stripe.js made).
 *
 * @param keepingRef when the card's bank asked the client to confirm saving it: the processor's
 *     reference of that keeping (Stripe: the SetupIntent), to learn how it ended
 */
public record CardToSave(
    @NotBlank(message = "{billing.cardToken.required}")
        @Size(max = PortalPayment.TOKEN_LENGTH, message = "{foyer.tooLong}")
        String cardToken,
    @Size(max = PortalPayment.TOKEN_LENGTH, message = "{foyer.tooLong}") String keepingRef) {

  /** Written out for Payara's OpenAPI scanner (payara/Payara#7649). */
  public CardToSave(String cardToken, String keepingRef) {
    this.cardToken = cardToken == null ? null : cardToken.strip();
    this.keepingRef = keepingRef == null || keepingRef.isBlank() ? null : keepingRef.strip();
  }

  public CardToSave(String cardToken) {
    this(cardToken, null);
  }
}
