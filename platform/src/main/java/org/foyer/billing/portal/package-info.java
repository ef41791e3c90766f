/**
 * What the portal's billing page shows a client or a contact acting for them: balance, invoices,
 * payments and receipts, and what a payment from the portal carries.
 */
package org.foyer.billing.portal;
