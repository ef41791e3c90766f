package org.foyer.billing.cards;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;

/**
 * Consent to autopay with one saved card, to the wording of {@link AutopayTerms} the person read.
 *
 * @param termsVersion the version of the terms shown; an older one is refused, to be read again
 */
public record AutopayRequest(
    @NotNull(message = "{billing.card.required}") UUID cardId,
    @NotBlank(message = "{billing.terms.required}")
        @Size(max = AutopayTerms.VERSION_LENGTH, message = "{foyer.tooLong}")
        String termsVersion) {

  /** Written out for Payara's OpenAPI scanner (payara/Payara#7649). */
  public AutopayRequest(UUID cardId, String termsVersion) {
    this.cardId = cardId;
    this.termsVersion = termsVersion == null ? null : termsVersion.strip();
  }
}
