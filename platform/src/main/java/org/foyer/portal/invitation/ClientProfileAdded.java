package org.foyer.portal.invitation;

import org.foyer.core.tenancy.TenantId;

/**
 * Fired when an active portal login was given access to one more client profile, so the person is
 * told (without saying whose) that there is something new in their portal.
 */
public record ClientProfileAdded(TenantId tenant, String email, String signInPath) {}
