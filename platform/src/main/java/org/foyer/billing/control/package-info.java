/**
 * Billing's logic below the services: ledger sums, the practice's processor account with its
 * secrets sealed, and the processors themselves in {@code gateway}.
 */
package org.foyer.billing.control;
