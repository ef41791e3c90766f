package org.foyer.admin.portal.boundary;

import java.util.LinkedHashMap;
import java.util.Map;
import org.foyer.admin.portal.ClientMfa;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.portal.StaffMfaPolicy;
import org.foyer.admin.portal.entity.PortalSettingsChange;
import org.foyer.core.errors.InvalidInput;

/**
 * The JSON body of {@code PUT /portal-settings}. Every field is required, since the page always
 * sends the whole form; choices travel as their names and an unknown name is refused on its field.
 */
public record PortalSettingsBody(
    Boolean portalEnabled,
    Boolean contactNetworkEnabled,
    String displayName,
    String brandColour,
    String welcomeMessage,
    Integer sessionTimeoutMinutes,
    String staffMfaPolicy,
    String clientMfa,
    String selfScheduling,
    Integer cancellationWindowHours,
    Boolean onlinePaymentsEnabled) {

  /** The change this body asks for, not yet validated beyond presence and choice names. */
  public PortalSettingsChange toChange() {
    Map<String, String> errors = new LinkedHashMap<>();
    required(errors, "portalEnabled", portalEnabled);
    required(errors, "contactNetworkEnabled", contactNetworkEnabled);
    required(errors, "sessionTimeoutMinutes", sessionTimeoutMinutes);
    required(errors, "cancellationWindowHours", cancellationWindowHours);
    required(errors, "onlinePaymentsEnabled", onlinePaymentsEnabled);
    StaffMfaPolicy staff = choice(errors, "staffMfaPolicy", StaffMfaPolicy.class, staffMfaPolicy);
    ClientMfa client = choice(errors, "clientMfa", ClientMfa.class, clientMfa);
    SelfScheduling scheduling =
        choice(errors, "selfScheduling", SelfScheduling.class, selfScheduling);
    if (!errors.isEmpty()) {
      throw new InvalidInput("The portal settings were not saved", errors);
    }
    return new PortalSettingsChange(
        portalEnabled,
        contactNetworkEnabled,
        displayName,
        brandColour,
        welcomeMessage,
        sessionTimeoutMinutes,
        staff,
        client,
        scheduling,
        cancellationWindowHours,
        onlinePaymentsEnabled);
  }

  private static void required(Map<String, String> errors, String field, Object value) {
    if (value == null) {
      errors.put(field, "This setting is required");
    }
  }

  private static <E extends Enum<E>> E choice(
      Map<String, String> errors, String field, Class<E> type, String name) {
    for (E option : type.getEnumConstants()) {
      if (option.name().equals(name)) {
        return option;
      }
    }
    StringBuilder options = new StringBuilder();
    for (E option : type.getEnumConstants()) {
      options.append(options.isEmpty() ? "" : ", ").append(option.name());
    }
    errors.put(field, "Choose one of " + options);
    return null;
  }
}
