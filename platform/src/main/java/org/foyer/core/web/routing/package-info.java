/**
 * Routing {@code /p/{slug}/...} addresses to a practice and its pages, keeping Faces' generated
 * links inside the practice's address, and the practice's clock and time zone for the request.
 */
package org.foyer.core.web.routing;
