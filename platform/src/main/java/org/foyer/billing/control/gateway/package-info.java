/**
 * What billing asks of a payment processor, as one {@link
 * org.foyer.billing.control.gateway.PaymentGateway} interface and the requests and results it
 * passes; the processors themselves are in {@code billing.control.processors}. Card numbers never
 * pass through here: only the processor's tokens do.
 */
package org.foyer.billing.control.gateway;
