/**
 * The rules service types and locations share ({@link org.foyer.admin.services.control.Catalogue}),
 * and the question other features answer about what they refer to ({@link
 * org.foyer.admin.services.control.CatalogUsage}).
 */
package org.foyer.admin.services.control;
