/**
 * Clients as staff and other features reach them: {@link org.foyer.clients.boundary.ClientRecords}
 * (checked, audited changes and the small read models other features use), the client pages and the
 * API.
 */
package org.foyer.clients.boundary;
