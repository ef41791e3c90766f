package org.foyer.billing.settings;

/**
 * How the practice takes card payments, as its administrators see it: never a secret, only whether
 * one is kept.
 *
 * @param gateway MANUAL, TEST or STRIPE
 * @param gatewayLabel the same in words
 * @param secretKept whether a processor secret key is sealed in the settings
 * @param webhookSecretKept whether the webhook signing secret is
 * @param publishableKey Stripe's publishable key (public by design), or null
 */
public record ProcessorView(
    String gateway,
    String gatewayLabel,
    boolean secretKept,
    boolean webhookSecretKept,
    String publishableKey) {}
