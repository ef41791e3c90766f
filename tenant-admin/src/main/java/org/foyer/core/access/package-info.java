/**
 * Who is calling (main type {@link org.foyer.core.access.Caller}), as every service's permission
 * check sees it. The platform produces it from the signed-in session.
 */
package org.foyer.core.access;
