package org.foyer.portal.account.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.List;
import java.util.UUID;
import org.foyer.admin.pages.PageMessages;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditRecord;
import org.foyer.audit.control.AuditLog;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.NotFound;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.portal.account.ClientProfile;
import org.foyer.portal.account.ContactPermission;
import org.foyer.portal.account.WaitingForms;

/**
 * The portal home: which client profiles this login may act for, and which one it acts for now. A
 * login never lands without a profile: it acts for the first profile with forms waiting, else the
 * first. A switch answers with a redirect so that every list on the next page is read for the new
 * profile (a postback reads the page's lists before the switch runs).
 */
@Named
@RequestScoped
public class PortalHome {

  @Inject ContactNetwork network;
  @Inject ActingFor actingFor;
  @Inject Caller caller;
  @Inject AuditLog audit;
  @Inject HttpServletRequest request;
  @Inject WaitingForms waiting;
  @Inject CurrentPractice practice;

  private List<ClientProfile> profiles;
  private String selected;

  public List<ClientProfile> getProfiles() {
    if (profiles == null) {
      profiles = network.listProfiles(caller);
      actingFor
          .profile()
          .filter(
              current -> profiles.stream().noneMatch(p -> p.clientId().equals(current.clientId())))
          .ifPresent(revoked -> actingFor.clear());
      // The session's copy follows the link as it stands now (narrowed, relabelled); services
      // check the link itself on every call, never this copy.
      actingFor
          .profile()
          .flatMap(
              current ->
                  profiles.stream()
                      .filter(p -> p.clientId().equals(current.clientId()))
                      .findFirst())
          .ifPresent(actingFor::choose);
      if (actingFor.profile().isEmpty() && !profiles.isEmpty()) {
        select(
            profiles.stream()
                .filter(profile -> waiting.anyWaiting(caller, profile.clientId()))
                .findFirst()
                .orElse(profiles.get(0)));
      }
    }
    return profiles;
  }

  public ClientProfile getCurrent() {
    getProfiles();
    return actingFor.profile().orElse(null);
  }

  /**
   * Switches to the profile chosen in the form and reloads the page for it; a foreign or revoked id
   * is simply not found.
   */
  public void switchProfile() throws IOException {
    try {
      select(network.getProfile(caller, UUID.fromString(selected == null ? "" : selected)));
    } catch (IllegalArgumentException | NotFound e) {
      PageMessages.error(null, "That profile is not available to you.");
      profiles = null;
      return;
    }
    FacesContext.getCurrentInstance().getExternalContext().redirect(practice.page("/portal/home"));
  }

  /**
   * Whether the link of the profile acted for now permits this, as read on this request: the portal
   * offers only that (menus, home sections); the services check it again on every call.
   */
  public boolean permits(ContactPermission permission) {
    ClientProfile current = getCurrent();
    return current != null && current.permits(permission);
  }

  /** The selected profile's id, so the switcher shows who is active. */
  public String getSelected() {
    if (selected == null) {
      ClientProfile current = getCurrent();
      return current == null ? null : current.clientId().toString();
    }
    return selected;
  }

  private void select(ClientProfile profile) {
    actingFor.choose(profile);
    audit.record(
        AuditRecord.success(caller.email(), AuditAction.CLIENT_PROFILE_SELECTED)
            .onBehalfOf("client " + profile.clientId())
            .about("client " + profile.clientId())
            .from(request.getRemoteAddr()));
  }

  public void setSelected(String selected) {
    this.selected = selected;
  }
}
