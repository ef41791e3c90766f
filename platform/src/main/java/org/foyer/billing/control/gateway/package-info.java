/**
 * The payment processors billing speaks to, behind one {@link
 * org.foyer.billing.control.gateway.PaymentGateway} interface: staff-recorded payments, a test
 * processor for development without keys, and Stripe. Card numbers never pass through here: only
 * the processor's tokens do.
 */
package org.foyer.billing.control.gateway;
