package org.foyer.billing.cards;

import java.time.Instant;
import java.util.UUID;

/**
 * A standing consent to autopay.
 *
 * @param consentedBy who agreed: the client's login, or a contact's for them ({@code onBehalf})
 */
public record AutopayView(
    UUID cardId,
    String cardLabel,
    String termsVersion,
    String consentedBy,
    boolean onBehalf,
    Instant consentedAt) {}
