/**
 * Whether Foyer can serve: MicroProfile Health checks (alive; ready when its database answers and
 * it is not stopping), the 503 answer while the database is down or the server is stopping, and the
 * count of requests in flight that a stop drains.
 */
package org.foyer.core.health;
