package org.foyer.billing;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A card to keep for later, as the processor's card form tokenised it (Stripe: the PaymentMethod a
 * confirmed SetupIntent made).
 */
public record CardToSave(
    @NotBlank(message = "{billing.cardToken.required}")
        @Size(max = PortalPayment.TOKEN_LENGTH, message = "{foyer.tooLong}")
        String cardToken) {

  /** Written out for Payara's OpenAPI scanner (payara/Payara#7649). */
  public CardToSave(String cardToken) {
    this.cardToken = cardToken == null ? null : cardToken.strip();
  }
}
