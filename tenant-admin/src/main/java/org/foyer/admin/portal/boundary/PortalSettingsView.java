package org.foyer.admin.portal.boundary;

import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.portal.ClientMfa;
import org.foyer.admin.portal.ClientOutreach;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.portal.StaffMfaPolicy;
import org.foyer.admin.portal.entity.PortalSettings;

/**
 * The portal settings that govern the current practice, as the platform's features read them to
 * decide (sign-in, the Contact Network, invitations, reminders) and to brand pages and mail. A
 * value read fresh from the practice's row, or the defaults of a practice that never saved any.
 *
 * @param displayName the name clients see, when the practice chose one other than its registered
 *     name
 * @param selfScheduling whether clients book from the portal, request, or neither
 * @param cancellationWindowHours how long before an appointment a client may still cancel without
 *     it counting as a late cancellation
 */
public record PortalSettingsView(
    boolean portalEnabled,
    boolean contactNetworkEnabled,
    Optional<String> displayName,
    Optional<UUID> logo,
    String brandColour,
    String welcomeMessage,
    int sessionTimeoutMinutes,
    StaffMfaPolicy staffMfaPolicy,
    ClientMfa clientMfa,
    ClientOutreach outreach,
    SelfScheduling selfScheduling,
    int cancellationWindowHours) {

  static PortalSettingsView of(PortalSettings settings) {
    return new PortalSettingsView(
        settings.portalEnabled(),
        settings.contactNetworkEnabled(),
        settings.displayName(),
        settings.logo(),
        settings.brandColour(),
        settings.welcomeMessage(),
        settings.sessionTimeoutMinutes(),
        settings.staffMfaPolicy(),
        settings.clientMfa(),
        settings.outreach(),
        settings.selfScheduling(),
        settings.cancellationWindowHours());
  }
}
