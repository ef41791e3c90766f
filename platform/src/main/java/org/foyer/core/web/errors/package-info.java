/**
 * The error pages people meet (not found, not allowed, our failure, an outage), from one template
 * that names the practice of the address and leads back into it, without reading the database.
 */
package org.foyer.core.web.errors;
