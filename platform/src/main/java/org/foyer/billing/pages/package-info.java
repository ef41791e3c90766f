/**
 * The Faces beans behind billing's pages: a client's billing page and the practice's invoices owed
 * for staff, and the portal's billing page and receipts for clients and their contacts. Every
 * decision is the services' in {@code billing.boundary}.
 */
package org.foyer.billing.pages;
