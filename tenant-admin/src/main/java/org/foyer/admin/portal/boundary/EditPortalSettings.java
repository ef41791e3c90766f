package org.foyer.admin.portal.boundary;

import jakarta.enterprise.inject.Instance;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.foyer.admin.pages.PageMessages;
import org.foyer.admin.portal.ClientMfa;
import org.foyer.admin.portal.ClientOutreach;
import org.foyer.admin.portal.MinorPrivacy;
import org.foyer.admin.portal.SelfScheduling;
import org.foyer.admin.portal.StaffMfaPolicy;
import org.foyer.admin.portal.entity.PortalSettings;
import org.foyer.admin.portal.entity.PortalSettingsChange;
import org.foyer.admin.portal.entity.PracticeLogo;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.BusinessException;

/**
 * The portal settings page. Every save goes through {@link PortalSettingsService}, which checks
 * "Manage client portal settings" and validates; field errors appear beside their inputs, whose ids
 * are the service's field names.
 */
@Named("editPortalSettings")
@ViewScoped
public class EditPortalSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PortalSettingsService service;
  // Looked up per action: the view outlives a request, the caller's capabilities must not.
  @Inject transient Instance<Caller> callers;

  private boolean loaded;
  private boolean allowed;
  private boolean hasLogo;
  private transient Part logo;

  // The form's fields, bound one by one since a record has no setters.
  private boolean portalEnabled;
  private boolean contactNetworkEnabled;
  private String displayName;
  private String brandColour;
  private String welcomeMessage;
  private Integer sessionTimeoutMinutes;
  private StaffMfaPolicy staffMfaPolicy;
  private ClientMfa clientMfa;
  private SelfScheduling selfScheduling;
  private Integer cancellationWindowHours;
  private boolean onlinePaymentsEnabled;
  private Integer invitationDays;
  private Integer reminderDays;
  private Integer reminderLimit;
  private Integer minorPrivacyAge;

  /** Loads once per view; a caller without the permission sees an explanation, not a form. */
  private void load() {
    if (!loaded) {
      loaded = true;
      try {
        show(service.getSettings(callers.get()));
        allowed = true;
      } catch (BusinessException e) {
        // The page explains the missing permission in place of the form.
        allowed = false;
      }
    }
  }

  public boolean isAllowed() {
    load();
    return allowed;
  }

  private void show(PortalSettings settings) {
    PortalSettingsChange form = settings.asChange();
    hasLogo = settings.logo().isPresent();
    portalEnabled = form.portalEnabled();
    contactNetworkEnabled = form.contactNetworkEnabled();
    displayName = form.displayName();
    brandColour = form.brandColour();
    welcomeMessage = form.welcomeMessage();
    sessionTimeoutMinutes = form.sessionTimeoutMinutes();
    staffMfaPolicy = form.staffMfaPolicy();
    clientMfa = form.clientMfa();
    selfScheduling = form.selfScheduling();
    cancellationWindowHours = form.cancellationWindowHours();
    onlinePaymentsEnabled = form.onlinePaymentsEnabled();
    ClientOutreach outreach = settings.outreach();
    invitationDays = outreach.invitationDays();
    reminderDays = outreach.reminderDays();
    reminderLimit = outreach.reminderLimit();
    minorPrivacyAge = settings.minorPrivacy().fromAge();
  }

  public void save() {
    PortalSettingsChange change =
        new PortalSettingsChange(
            portalEnabled,
            contactNetworkEnabled,
            displayName,
            brandColour,
            welcomeMessage,
            sessionTimeoutMinutes == null ? 0 : sessionTimeoutMinutes,
            staffMfaPolicy,
            clientMfa,
            selfScheduling,
            cancellationWindowHours == null ? -1 : cancellationWindowHours,
            onlinePaymentsEnabled);
    ClientOutreach outreach =
        new ClientOutreach(
            invitationDays == null ? 0 : invitationDays,
            reminderDays == null ? -1 : reminderDays,
            reminderLimit == null ? -1 : reminderLimit);
    MinorPrivacy privacy = new MinorPrivacy(minorPrivacyAge);
    act(() -> service.change(callers.get(), change, outreach, privacy), "Portal settings saved");
  }

  public void uploadLogo() {
    act(() -> service.replaceLogo(callers.get(), read(logo)), "Logo uploaded");
  }

  public void removeLogo() {
    act(() -> service.removeLogo(callers.get()), "Logo removed");
  }

  /** Reads at most one byte past the limit, so an oversized upload is refused, never buffered. */
  private static byte[] read(Part part) {
    if (part == null || part.getSize() == 0) {
      return new byte[0];
    }
    if (part.getSize() > PracticeLogo.MAX_BYTES) {
      return new byte[PracticeLogo.MAX_BYTES + 1];
    }
    try (InputStream in = part.getInputStream()) {
      return in.readNBytes(PracticeLogo.MAX_BYTES + 1);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void act(Supplier<PortalSettings> change, String done) {
    PageMessages.BESIDE_INPUTS.run(() -> show(change.get()), done);
  }

  public List<StaffMfaPolicy> getStaffMfaPolicies() {
    return Arrays.asList(StaffMfaPolicy.values());
  }

  public List<ClientMfa> getClientMfaOptions() {
    return Arrays.asList(ClientMfa.values());
  }

  public List<SelfScheduling> getSelfSchedulingOptions() {
    return Arrays.asList(SelfScheduling.values());
  }

  public boolean isHasLogo() {
    load();
    return hasLogo;
  }

  public Part getLogo() {
    return logo;
  }

  public void setLogo(Part logo) {
    this.logo = logo;
  }

  public boolean isPortalEnabled() {
    load();
    return portalEnabled;
  }

  public void setPortalEnabled(boolean portalEnabled) {
    this.portalEnabled = portalEnabled;
  }

  public boolean isContactNetworkEnabled() {
    load();
    return contactNetworkEnabled;
  }

  public void setContactNetworkEnabled(boolean contactNetworkEnabled) {
    this.contactNetworkEnabled = contactNetworkEnabled;
  }

  public String getDisplayName() {
    load();
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public String getBrandColour() {
    load();
    return brandColour;
  }

  public void setBrandColour(String brandColour) {
    this.brandColour = brandColour;
  }

  public String getWelcomeMessage() {
    load();
    return welcomeMessage;
  }

  public void setWelcomeMessage(String welcomeMessage) {
    this.welcomeMessage = welcomeMessage;
  }

  public Integer getSessionTimeoutMinutes() {
    load();
    return sessionTimeoutMinutes;
  }

  public void setSessionTimeoutMinutes(Integer sessionTimeoutMinutes) {
    this.sessionTimeoutMinutes = sessionTimeoutMinutes;
  }

  public StaffMfaPolicy getStaffMfaPolicy() {
    load();
    return staffMfaPolicy;
  }

  public void setStaffMfaPolicy(StaffMfaPolicy staffMfaPolicy) {
    this.staffMfaPolicy = staffMfaPolicy;
  }

  public ClientMfa getClientMfa() {
    load();
    return clientMfa;
  }

  public void setClientMfa(ClientMfa clientMfa) {
    this.clientMfa = clientMfa;
  }

  public SelfScheduling getSelfScheduling() {
    load();
    return selfScheduling;
  }

  public void setSelfScheduling(SelfScheduling selfScheduling) {
    this.selfScheduling = selfScheduling;
  }

  public Integer getCancellationWindowHours() {
    load();
    return cancellationWindowHours;
  }

  public void setCancellationWindowHours(Integer cancellationWindowHours) {
    this.cancellationWindowHours = cancellationWindowHours;
  }

  public boolean isOnlinePaymentsEnabled() {
    load();
    return onlinePaymentsEnabled;
  }

  public void setOnlinePaymentsEnabled(boolean onlinePaymentsEnabled) {
    this.onlinePaymentsEnabled = onlinePaymentsEnabled;
  }

  public int getDisplayNameLength() {
    return PortalSettings.DISPLAY_NAME_LENGTH;
  }

  public int getWelcomeMessageLength() {
    return PortalSettings.WELCOME_MESSAGE_LENGTH;
  }

  public Integer getInvitationDays() {
    load();
    return invitationDays;
  }

  public void setInvitationDays(Integer invitationDays) {
    this.invitationDays = invitationDays;
  }

  public Integer getReminderDays() {
    load();
    return reminderDays;
  }

  public void setReminderDays(Integer reminderDays) {
    this.reminderDays = reminderDays;
  }

  public Integer getReminderLimit() {
    load();
    return reminderLimit;
  }

  public void setReminderLimit(Integer reminderLimit) {
    this.reminderLimit = reminderLimit;
  }

  public Integer getMinorPrivacyAge() {
    return minorPrivacyAge;
  }

  public void setMinorPrivacyAge(Integer minorPrivacyAge) {
    this.minorPrivacyAge = minorPrivacyAge;
  }
}
