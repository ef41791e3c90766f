/**
 * Billing's entities: the append-only {@link org.foyer.billing.entity.LedgerEntry} each client's
 * balance is summed from, invoices grouping charges, payments as the processor sees them, and the
 * practice's billing settings.
 */
package org.foyer.billing.entity;
