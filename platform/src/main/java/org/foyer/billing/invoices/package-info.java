/**
 * Billing's published records of invoices: an invoice as staff and clients see it, its state, what
 * staff send to draft one, the event of one being sent and a line of the practice's list of
 * invoices still owed.
 */
package org.foyer.billing.invoices;
