/**
 * Billing: each client's append-only ledger in minor units (charges, payments, adjustments,
 * write-offs, refunds), invoices grouping charges, and payments through a practice's processor. The
 * records published here (money, ledger lines, payments and what staff send to make them) are what
 * other features and the API see; those of invoices, saved cards and autopay, and the portal's
 * billing page are in {@code invoices}, {@code cards} and {@code portal} beside it.
 */
package org.foyer.billing;
