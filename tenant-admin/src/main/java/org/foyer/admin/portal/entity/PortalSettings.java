package org.foyer.admin.portal.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.portal.ClientMfa;
import org.foyer.admin.portal.ClientOutreach;
import org.foyer.admin.portal.MinorPrivacy;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.portal.StaffMfaPolicy;
import org.foyer.core.persistence.TenantOwned;

/**
 * The client-portal settings of one practice: a single row, written the first time an administrator
 * saves. Until then {@link #defaults()} answers, so a new practice has a working portal with
 * administrators-only staff MFA and the platform's 15-minute session timeout.
 */
@Entity
@Table(name = "portal_settings")
public class PortalSettings extends TenantOwned {

  public static final int DISPLAY_NAME_LENGTH = 120;
  public static final int WELCOME_MESSAGE_LENGTH = 2000;
  public static final int MIN_SESSION_TIMEOUT = 5;
  public static final int MAX_SESSION_TIMEOUT = 120;
  public static final int DEFAULT_SESSION_TIMEOUT = 15;
  public static final int MAX_CANCELLATION_WINDOW = 168;
  public static final String DEFAULT_COLOUR = "#2f6f8f";

  @Column(name = "portal_enabled", nullable = false)
  private boolean portalEnabled;

  @Column(name = "contact_network_enabled", nullable = false)
  private boolean contactNetworkEnabled;

  @Column(name = "display_name", length = DISPLAY_NAME_LENGTH)
  private String displayName;

  /**
   * Held as text because EclipseLink's built-in UUID conversion throws a NullPointerException on a
   * null column (UUIDConverter.convertDataValueToObjectValue), and "no logo" is null.
   */
  @Column(name = "logo_id")
  private String logoId;

  @Column(name = "brand_colour", nullable = false, length = 7)
  private String brandColour;

  @Column(name = "welcome_message", nullable = false, length = WELCOME_MESSAGE_LENGTH)
  private String welcomeMessage;

  @Column(name = "session_timeout_minutes", nullable = false)
  private int sessionTimeoutMinutes;

  @Enumerated(EnumType.STRING)
  @Column(name = "staff_mfa_policy", nullable = false, length = 24)
  private StaffMfaPolicy staffMfaPolicy;

  @Enumerated(EnumType.STRING)
  @Column(name = "client_mfa", nullable = false, length = 16)
  private ClientMfa clientMfa;

  @Enumerated(EnumType.STRING)
  @Column(name = "self_scheduling", nullable = false, length = 16)
  private SelfScheduling selfScheduling;

  @Column(name = "cancellation_window_hours", nullable = false)
  private int cancellationWindowHours;

  @Column(name = "online_payments_enabled", nullable = false)
  private boolean onlinePaymentsEnabled;

  @Column(name = "invitation_days", nullable = false)
  private int invitationDays = ClientOutreach.DEFAULTS.invitationDays();

  @Column(name = "reminder_days", nullable = false)
  private int reminderDays = ClientOutreach.DEFAULTS.reminderDays();

  @Column(name = "reminder_limit", nullable = false)
  private int reminderLimit = ClientOutreach.DEFAULTS.reminderLimit();

  /** Null when the practice keeps nothing from guardians; see {@link MinorPrivacy}. */
  @Column(name = "minor_privacy_age")
  private Integer minorPrivacyAge = MinorPrivacy.DEFAULT_AGE;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected PortalSettings() {}

  /** The settings of a practice that has never saved any; not yet stored. */
  public static PortalSettings defaults() {
    PortalSettings settings = new PortalSettings();
    settings.portalEnabled = true;
    settings.contactNetworkEnabled = true;
    settings.brandColour = DEFAULT_COLOUR;
    settings.welcomeMessage = "";
    settings.sessionTimeoutMinutes = DEFAULT_SESSION_TIMEOUT;
    settings.staffMfaPolicy = StaffMfaPolicy.ADMINISTRATORS_ONLY;
    settings.clientMfa = ClientMfa.OPTIONAL;
    settings.selfScheduling = SelfScheduling.OFF;
    settings.cancellationWindowHours = 24;
    settings.onlinePaymentsEnabled = false;
    settings.updatedAt = Instant.EPOCH;
    return settings;
  }

  /** Applies a change that {@link PortalSettingsChange#validated()} has already checked. */
  public void apply(PortalSettingsChange change, Instant at) {
    portalEnabled = change.portalEnabled();
    contactNetworkEnabled = change.contactNetworkEnabled();
    displayName = change.displayName().isEmpty() ? null : change.displayName();
    brandColour = change.brandColour();
    welcomeMessage = change.welcomeMessage();
    sessionTimeoutMinutes = change.sessionTimeoutMinutes();
    staffMfaPolicy = change.staffMfaPolicy();
    clientMfa = change.clientMfa();
    selfScheduling = change.selfScheduling();
    cancellationWindowHours = change.cancellationWindowHours();
    onlinePaymentsEnabled = change.onlinePaymentsEnabled();
    updatedAt = Objects.requireNonNull(at);
  }

  /** Applies outreach that {@link ClientOutreach#validated()} has already checked. */
  public void apply(ClientOutreach outreach, Instant at) {
    invitationDays = outreach.invitationDays();
    reminderDays = outreach.reminderDays();
    reminderLimit = outreach.reminderLimit();
    updatedAt = Objects.requireNonNull(at);
  }

  /** Applies a minor-privacy age that {@link MinorPrivacy#validated()} has already checked. */
  public void apply(MinorPrivacy privacy, Instant at) {
    minorPrivacyAge = privacy.fromAge();
    updatedAt = Objects.requireNonNull(at);
  }

  public MinorPrivacy minorPrivacy() {
    return new MinorPrivacy(minorPrivacyAge);
  }

  public ClientOutreach outreach() {
    return new ClientOutreach(invitationDays, reminderDays, reminderLimit);
  }

  /**
   * Points the branding at another logo (or none).
   *
   * @return the logo it replaces, which nothing refers to any more
   */
  public Optional<UUID> replaceLogo(UUID newLogo, Instant at) {
    Optional<UUID> previous = logo();
    logoId = newLogo == null ? null : newLogo.toString();
    updatedAt = Objects.requireNonNull(at);
    return previous;
  }

  /** The settings as the change that would produce them, to prefill the settings form. */
  public PortalSettingsChange asChange() {
    return new PortalSettingsChange(
        portalEnabled,
        contactNetworkEnabled,
        displayName == null ? "" : displayName,
        brandColour,
        welcomeMessage,
        sessionTimeoutMinutes,
        staffMfaPolicy,
        clientMfa,
        selfScheduling,
        cancellationWindowHours,
        onlinePaymentsEnabled);
  }

  public boolean portalEnabled() {
    return portalEnabled;
  }

  public boolean contactNetworkEnabled() {
    return contactNetworkEnabled;
  }

  /** The name clients see, when the practice chose one other than its registered name. */
  public Optional<String> displayName() {
    return Optional.ofNullable(displayName);
  }

  public Optional<UUID> logo() {
    return Optional.ofNullable(logoId).map(UUID::fromString);
  }

  public String brandColour() {
    return brandColour;
  }

  public String welcomeMessage() {
    return welcomeMessage;
  }

  public int sessionTimeoutMinutes() {
    return sessionTimeoutMinutes;
  }

  public StaffMfaPolicy staffMfaPolicy() {
    return staffMfaPolicy;
  }

  public ClientMfa clientMfa() {
    return clientMfa;
  }

  public SelfScheduling selfScheduling() {
    return selfScheduling;
  }

  public int cancellationWindowHours() {
    return cancellationWindowHours;
  }

  public boolean onlinePaymentsEnabled() {
    return onlinePaymentsEnabled;
  }

  public Instant updatedAt() {
    return updatedAt;
  }
}
