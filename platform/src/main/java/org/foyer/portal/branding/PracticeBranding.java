package org.foyer.portal.branding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.foyer.admin.portal.boundary.PortalSettingsService;
import org.foyer.admin.portal.boundary.PortalSettingsView;
import org.foyer.core.web.routing.CurrentPractice;

/**
 * The current practice's branding for a page ({@code #{branding.name}}): its display name, its
 * colour's stylesheet and its logo, on public pages (sign-in, an invitation) as on signed-in ones:
 * the portal-settings logo endpoint serves it to anyone, as public branding.
 */
@Named("branding")
@RequestScoped
public class PracticeBranding {

  @Inject PortalSettingsService settings;
  @Inject CurrentPractice practice;
  @Inject HttpServletRequest request;

  private PortalSettingsView current;

  private PortalSettingsView current() {
    if (current == null) {
      current = settings.current();
    }
    return current;
  }

  /** The name the practice shows its clients: its display name, or its registered name. */
  public String getName() {
    return current().displayName().filter(name -> !name.isBlank()).orElse(practice.getName());
  }

  public String getStylesheet() {
    return request.getContextPath()
        + "/api/branding/"
        + BrandColour.ofSetting(current().brandColour()).hex()
        + ".css";
  }

  public boolean isLogoShown() {
    return current().logo().isPresent();
  }

  /** The logo's address; the logo's id in the query makes a replaced logo a new address. */
  public String getLogo() {
    return request.getContextPath()
        + "/api/p/"
        + practice.getSlug()
        + "/portal-settings/logo?v="
        + current().logo().map(Object::toString).orElse("");
  }
}
