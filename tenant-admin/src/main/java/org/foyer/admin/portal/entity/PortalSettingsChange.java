package org.foyer.admin.portal.entity;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.foyer.admin.portal.ClientMfa;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.portal.StaffMfaPolicy;
import org.foyer.core.errors.InvalidInput;

/**
 * Everything an administrator sets on the portal settings page at once (the logo travels
 * separately, as an upload). {@link #validated()} checks every rule and names each offending field.
 *
 * @param displayName the name clients see; blank means the practice's registered name
 */
public record PortalSettingsChange(
    boolean portalEnabled,
    boolean contactNetworkEnabled,
    String displayName,
    String brandColour,
    String welcomeMessage,
    int sessionTimeoutMinutes,
    StaffMfaPolicy staffMfaPolicy,
    ClientMfa clientMfa,
    SelfScheduling selfScheduling,
    int cancellationWindowHours,
    boolean onlinePaymentsEnabled) {

  private static final Pattern COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

  /** Control characters other than line breaks and tabs have no place in plain text. */
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r\\t]]");

  /** The change with text trimmed and normalised, or {@link InvalidInput} naming each bad field. */
  public PortalSettingsChange validated() {
    Map<String, String> errors = new LinkedHashMap<>();
    String name =
        plainText(
            errors,
            "displayName",
            "The display name",
            displayName,
            PortalSettings.DISPLAY_NAME_LENGTH,
            true);
    if (brandColour == null || !COLOUR.matcher(brandColour.strip()).matches()) {
      errors.put("brandColour", "The colour must be written as #rrggbb, for example #2f6f8f");
    }
    String welcome =
        plainText(
            errors,
            "welcomeMessage",
            "The welcome message",
            welcomeMessage,
            PortalSettings.WELCOME_MESSAGE_LENGTH,
            false);
    if (sessionTimeoutMinutes < PortalSettings.MIN_SESSION_TIMEOUT
        || sessionTimeoutMinutes > PortalSettings.MAX_SESSION_TIMEOUT) {
      errors.put(
          "sessionTimeoutMinutes",
          "The session timeout must be "
              + PortalSettings.MIN_SESSION_TIMEOUT
              + " to "
              + PortalSettings.MAX_SESSION_TIMEOUT
              + " minutes");
    }
    if (cancellationWindowHours < 0
        || cancellationWindowHours > PortalSettings.MAX_CANCELLATION_WINDOW) {
      errors.put(
          "cancellationWindowHours",
          "The cancellation window must be 0 to "
              + PortalSettings.MAX_CANCELLATION_WINDOW
              + " hours");
    }
    requireChoice(errors, "staffMfaPolicy", staffMfaPolicy);
    requireChoice(errors, "clientMfa", clientMfa);
    requireChoice(errors, "selfScheduling", selfScheduling);
    if (!errors.isEmpty()) {
      throw new InvalidInput("The portal settings were not saved", errors);
    }
    return new PortalSettingsChange(
        portalEnabled,
        contactNetworkEnabled,
        name,
        brandColour.strip().toLowerCase(Locale.ROOT),
        welcome.replace("\r\n", "\n"),
        sessionTimeoutMinutes,
        staffMfaPolicy,
        clientMfa,
        selfScheduling,
        cancellationWindowHours,
        onlinePaymentsEnabled);
  }

  /** The text stripped; too long, or not plain text (or not one line), adds the field's error. */
  private static String plainText(
      Map<String, String> errors,
      String field,
      String label,
      String value,
      int maxLength,
      boolean singleLine) {
    String text = value == null ? "" : value.strip();
    boolean breaks = singleLine && (text.contains("\n") || text.contains("\r"));
    if (text.length() > maxLength) {
      errors.put(field, label + " can have at most " + maxLength + " characters");
    } else if (CONTROL.matcher(text).find() || breaks) {
      errors.put(
          field,
          label + (singleLine ? " must be a single line of plain text" : " must be plain text"));
    }
    return text;
  }

  private static void requireChoice(Map<String, String> errors, String field, Enum<?> choice) {
    if (choice == null) {
      errors.put(field, "Choose one of the offered options");
    }
  }
}
