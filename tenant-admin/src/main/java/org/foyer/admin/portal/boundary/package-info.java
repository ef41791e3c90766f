/**
 * Portal settings as administrators change them (page and API) and as other features read them
 * ({@link org.foyer.admin.portal.boundary.PortalSettingsService}, {@link
 * org.foyer.admin.portal.boundary.PortalSettingsView}).
 */
package org.foyer.admin.portal.boundary;
