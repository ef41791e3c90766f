/**
 * A practice's client-portal settings (main entity {@link org.foyer.admin.portal.PortalSettings}):
 * enablement, branding with an uploaded logo, session timeout, MFA policies, self-scheduling and
 * online payments. Read fresh on every use, so a change takes effect at once for that practice.
 */
package org.foyer.admin.portal;
