package org.foyer.portal.account;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.UUID;
import org.foyer.access.Caller;
import org.foyer.admin.pages.PageMessages;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditLog;
import org.foyer.audit.AuditRecord;
import org.foyer.errors.NotFound;

/**
 * The portal home: which client profiles this login may act for, and which one it acts for now. A
 * login with a single profile acts for it without being asked.
 */
@Named
@RequestScoped
public class PortalHome {

  @Inject ContactNetwork network;
  @Inject ActingFor actingFor;
  @Inject Caller caller;
  @Inject AuditLog audit;
  @Inject HttpServletRequest request;

  private List<ClientProfile> profiles;
  private String selected;

  public List<ClientProfile> getProfiles() {
    if (profiles == null) {
      profiles = network.listProfiles(caller);
      if (actingFor.profile().isEmpty() && profiles.size() == 1) {
        select(profiles.get(0));
      }
      actingFor
          .profile()
          .filter(
              current -> profiles.stream().noneMatch(p -> p.clientId().equals(current.clientId())))
          .ifPresent(revoked -> actingFor.clear());
    }
    return profiles;
  }

  public ClientProfile getCurrent() {
    getProfiles();
    return actingFor.profile().orElse(null);
  }

  /** Switches to the profile chosen in the form; a foreign or revoked id is simply not found. */
  public void switchProfile() {
    try {
      select(network.getProfile(caller, UUID.fromString(selected == null ? "" : selected)));
    } catch (IllegalArgumentException | NotFound e) {
      PageMessages.error(null, "That profile is not available to you.");
    }
    profiles = null;
  }

  private void select(ClientProfile profile) {
    actingFor.choose(profile);
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.CLIENT_PROFILE_SELECTED)
            .onBehalfOf("client " + profile.clientId())
            .about("client " + profile.clientId())
            .from(request.getRemoteAddr()));
  }

  public String getSelected() {
    return selected;
  }

  public void setSelected(String selected) {
    this.selected = selected;
  }
}
