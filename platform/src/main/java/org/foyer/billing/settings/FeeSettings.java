package org.foyer.billing.settings;

/**
 * The practice's fees for a late cancellation and a no-show, in minor units of its currency (zero:
 * no fee), and its currency.
 */
public record FeeSettings(String currency, long lateCancelFeeCents, long noShowFeeCents) {}
