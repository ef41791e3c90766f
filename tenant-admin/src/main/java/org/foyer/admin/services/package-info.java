/**
 * The practice's catalogue of service types (main entity {@link
 * org.foyer.admin.services.ServiceType}) and the locations it works at ({@link
 * org.foyer.admin.services.Location}), managed by holders of "Manage service types and locations".
 * Anything in use is archived rather than deleted.
 */
package org.foyer.admin.services;
