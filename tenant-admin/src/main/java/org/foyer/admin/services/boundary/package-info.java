/**
 * The catalogue's transactional services ({@link org.foyer.admin.services.boundary.ServiceTypes},
 * {@link org.foyer.admin.services.boundary.Locations}), their REST resources and their pages.
 */
package org.foyer.admin.services.boundary;
