/**
 * The practice's catalogue of service types (main entity {@link
 * org.foyer.admin.services.entity.ServiceType}) and the locations it works at ({@link
 * org.foyer.admin.services.entity.Location}), managed by holders of "Manage service types and
 * locations". Anything in use is archived rather than deleted. Split the boundary-control-entity
 * way: services, resources and pages; the shared catalogue rules; entities. This package holds what
 * other features read of it: the choices staff pick from and the {@link
 * org.foyer.admin.services.CatalogChanged} event.
 */
package org.foyer.admin.services;
