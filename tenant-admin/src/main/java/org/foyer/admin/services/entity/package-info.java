/**
 * The catalogue's entities ({@link org.foyer.admin.services.entity.ServiceType}, {@link
 * org.foyer.admin.services.entity.Location}), their checked details and the event of a change.
 */
package org.foyer.admin.services.entity;
