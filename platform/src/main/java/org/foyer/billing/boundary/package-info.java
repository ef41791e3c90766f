/**
 * Billing's transactional services (the ledger, invoices, payments, saved cards and autopay, the
 * documents billing files), the appointment-outcome listener that posts charges and the processors'
 * webhooks. The REST resources in {@code billing.api} and the Faces beans in {@code billing.pages}
 * go through them.
 */
package org.foyer.billing.boundary;
