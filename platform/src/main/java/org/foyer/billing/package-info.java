/**
 * Billing: each client's append-only ledger in minor units (charges, payments, adjustments,
 * write-offs, refunds), invoices grouping charges, and payments through a practice's processor. The
 * records published here are what other features and the API see.
 */
package org.foyer.billing;
