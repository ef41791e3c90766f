/** MicroProfile Health checks: the instance is alive, and ready when its database answers. */
package org.foyer.health;
