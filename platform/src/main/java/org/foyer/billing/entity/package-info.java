/**
 * Billing's entities: the append-only {@link org.foyer.billing.entity.LedgerEntry} each client's
 * balance is summed from, invoices grouping charges, and payments as the processor sees them. Saved
 * cards and autopay are in {@code billing.cards.entity}, the practice's settings in {@code
 * billing.settings.entity}.
 */
package org.foyer.billing.entity;
