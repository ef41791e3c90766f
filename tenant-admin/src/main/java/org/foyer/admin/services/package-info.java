/**
 * The practice's catalogue of service types (main entity {@link
 * org.foyer.admin.services.entity.ServiceType}) and the locations it works at ({@link
 * org.foyer.admin.services.entity.Location}), managed by holders of "Manage service types and
 * locations". Anything in use is archived rather than deleted. Split the boundary-control-entity
 * way: services, resources and pages; the shared catalogue rules; entities. This package holds what
 * other features hear of it ({@link org.foyer.admin.services.CatalogChanged}).
 */
package org.foyer.admin.services;
