package org.foyer.admin.portal;

import org.foyer.admin.portal.entity.PortalSettingsChange;

/** Valid portal settings to vary one field at a time. */
public final class SampleSettings {

  private SampleSettings() {}

  public static PortalSettingsChange valid() {
    return new PortalSettingsChange(
        true,
        false,
        "Riverside Counselling",
        "#1A2b3C",
        "Welcome to Riverside.\nPlease complete your forms.",
        30,
        StaffMfaPolicy.ALL_STAFF,
        ClientMfa.REQUIRED,
        SelfScheduling.REQUEST,
        48,
        true);
  }

  public static PortalSettingsChange withTimeout(int minutes) {
    PortalSettingsChange v = valid();
    return new PortalSettingsChange(
        v.portalEnabled(),
        v.contactNetworkEnabled(),
        v.displayName(),
        v.brandColour(),
        v.welcomeMessage(),
        minutes,
        v.staffMfaPolicy(),
        v.clientMfa(),
        v.selfScheduling(),
        v.cancellationWindowHours(),
        v.onlinePaymentsEnabled());
  }

  public static PortalSettingsChange withWindow(int hours) {
    PortalSettingsChange v = valid();
    return new PortalSettingsChange(
        v.portalEnabled(),
        v.contactNetworkEnabled(),
        v.displayName(),
        v.brandColour(),
        v.welcomeMessage(),
        v.sessionTimeoutMinutes(),
        v.staffMfaPolicy(),
        v.clientMfa(),
        v.selfScheduling(),
        hours,
        v.onlinePaymentsEnabled());
  }

  public static PortalSettingsChange withText(String displayName, String colour, String welcome) {
    PortalSettingsChange v = valid();
    return new PortalSettingsChange(
        v.portalEnabled(),
        v.contactNetworkEnabled(),
        displayName,
        colour,
        welcome,
        v.sessionTimeoutMinutes(),
        v.staffMfaPolicy(),
        v.clientMfa(),
        v.selfScheduling(),
        v.cancellationWindowHours(),
        v.onlinePaymentsEnabled());
  }

  public static PortalSettingsChange withChoices(
      StaffMfaPolicy staff, ClientMfa client, SelfScheduling scheduling) {
    PortalSettingsChange v = valid();
    return new PortalSettingsChange(
        v.portalEnabled(),
        v.contactNetworkEnabled(),
        v.displayName(),
        v.brandColour(),
        v.welcomeMessage(),
        v.sessionTimeoutMinutes(),
        staff,
        client,
        scheduling,
        v.cancellationWindowHours(),
        v.onlinePaymentsEnabled());
  }
}
