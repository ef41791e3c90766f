/**
 * What guards every request: CSRF tokens, security headers, session cookie attributes, request size
 * limits, and the client's address as seen through trusted proxies.
 */
package org.foyer.core.web.guard;
