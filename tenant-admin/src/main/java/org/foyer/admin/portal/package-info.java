/**
 * A practice's client-portal settings: enablement, branding with an uploaded logo, session timeout,
 * MFA policies, self-scheduling, client outreach, minors' privacy and online payments. Read fresh
 * on every use, so a change takes effect at once for that practice. This package holds the policies
 * other features read; the service and pages are in {@code boundary}, the main entity {@link
 * org.foyer.admin.portal.entity.PortalSettings} in {@code entity}.
 */
package org.foyer.admin.portal;
