package org.foyer.admin.portal;

/**
 * A practice's portal settings changed. Fired inside the changing transaction; the platform's audit
 * log observes it synchronously, so the change and its record commit together.
 *
 * @param actor the email of the staff member who made the change
 * @param what a short description without personal data ("settings saved", "logo replaced")
 */
public record PortalSettingsChanged(String actor, String what) {}
