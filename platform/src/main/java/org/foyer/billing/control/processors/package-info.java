/**
 * The payment processors behind {@link org.foyer.billing.control.gateway.PaymentGateway}:
 * staff-recorded payments, a test processor for development without keys, and Stripe, whose signed
 * webhooks the test processor imitates.
 */
package org.foyer.billing.control.processors;
