/**
 * Sending intake forms and packets to clients (with their invitation), the client's intake overview
 * for staff, and the reminders of forms left waiting. Filling, signing and review are the
 * sub-features {@code intake.filling}, {@code intake.signing} and {@code intake.review}.
 */
package org.foyer.intake.boundary;
