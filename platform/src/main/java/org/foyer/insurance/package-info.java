/**
 * Insurance policies a client or their contact enters in the portal and staff check: the published
 * values (ranks, statuses, the input and the view) other features and pages use.
 */
package org.foyer.insurance;
