package org.foyer.portal.branding;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.foyer.admin.portal.PortalSettings;
import org.foyer.admin.portal.PortalSettingsService;
import org.foyer.security.signin.CurrentAccount;
import org.foyer.web.CurrentPractice;

/**
 * The current practice's branding for a page ({@code #{branding.name}}): its display name, its
 * colour's stylesheet and, for a signed-in viewer, its logo. The logo comes from the
 * portal-settings logo endpoint, which answers only callers signed in to the practice, so public
 * pages (sign-in, an invitation) show the name and colour but no logo.
 */
@Named("branding")
@RequestScoped
public class PracticeBranding {

  @Inject PortalSettingsService settings;
  @Inject CurrentPractice practice;
  @Inject CurrentAccount account;
  @Inject HttpServletRequest request;

  private PortalSettings current;

  private PortalSettings current() {
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
    return current().logo().isPresent() && account.signedIn().isPresent();
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
