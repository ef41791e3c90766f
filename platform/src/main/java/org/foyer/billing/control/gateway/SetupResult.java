package org.foyer.billing.control.gateway;

/**
 * A card being saved: the processor's id for it, and the secret its card form completes it with.
 */
public record SetupResult(String setupRef, String clientSecret) {}
