package org.foyer.admin.portal.boundary;

import org.foyer.admin.portal.ClientMfa;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.portal.StaffMfaPolicy;
import org.foyer.admin.portal.entity.PortalSettings;

/**
 * The portal settings as the API shows them to the practice's administrators. Unlike {@link
 * PortalSettingsView} (what other features read to decide), it says whether a logo exists rather
 * than naming it, and shows an unset display name as an empty string. {@code minorPrivacyAge} is
 * null, and so left out of the JSON, when the practice keeps nothing from guardians.
 */
public record PortalSettingsApiView(
    boolean portalEnabled,
    boolean contactNetworkEnabled,
    String displayName,
    boolean hasLogo,
    String brandColour,
    String welcomeMessage,
    int sessionTimeoutMinutes,
    StaffMfaPolicy staffMfaPolicy,
    ClientMfa clientMfa,
    SelfScheduling selfScheduling,
    int cancellationWindowHours,
    boolean onlinePaymentsEnabled,
    Integer minorPrivacyAge) {

  static PortalSettingsApiView of(PortalSettings s) {
    return new PortalSettingsApiView(
        s.portalEnabled(),
        s.contactNetworkEnabled(),
        s.displayName().orElse(""),
        s.logo().isPresent(),
        s.brandColour(),
        s.welcomeMessage(),
        s.sessionTimeoutMinutes(),
        s.staffMfaPolicy(),
        s.clientMfa(),
        s.selfScheduling(),
        s.cancellationWindowHours(),
        s.onlinePaymentsEnabled(),
        s.minorPrivacy().fromAge());
  }
}
