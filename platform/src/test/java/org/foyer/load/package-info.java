/**
 * The HTTP load run: on demand only, never in CI. Signs portal clients in against a running Foyer
 * and reports requests per second and latency percentiles per page.
 */
package org.foyer.load;
