/**
 * Billing's transactional services for staff, the appointment-outcome listener that posts charges,
 * the processors' webhooks, and their REST resources.
 */
package org.foyer.billing.boundary;
