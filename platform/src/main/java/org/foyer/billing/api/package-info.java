/**
 * Billing's REST resources: ledgers, invoices and payments for staff, the portal's billing for
 * clients and their contacts, and the processors' webhooks. Each answers through the services in
 * {@code billing.boundary}.
 */
package org.foyer.billing.api;
