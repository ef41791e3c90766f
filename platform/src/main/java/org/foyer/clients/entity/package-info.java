/**
 * The client record (main entity {@link org.foyer.clients.entity.Client}) and its details as staff
 * enter them: the people whose forms, documents and messages the portal exists for.
 */
package org.foyer.clients.entity;
