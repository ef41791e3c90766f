/**
 * Clients of a practice (main entity {@link org.foyer.clients.Client}): the people whose record,
 * forms and documents the portal exists for.
 */
package org.foyer.clients;
