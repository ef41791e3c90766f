package org.foyer.portal.consent;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.access.Caller;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.web.routing.CurrentPractice;

/**
 * The consent page ({@code /p/{slug}/portal/consent}) a portal login meets before anything else
 * when it has not accepted the current version. Accepting continues to the page the person asked
 * for; declining signs the person out, with an explanation on the sign-in page.
 */
@Named("consentPage")
@ViewScoped
public class ConsentPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ElectronicConsent consent;
  @Inject transient Caller caller;
  @Inject transient CurrentPractice practice;

  private String language;
  private String next;
  private int versionShown;
  private boolean agreed;

  public ConsentText getConsent() {
    ConsentText text = consent.current(language);
    if (versionShown == 0) {
      versionShown = text.version();
    }
    return text;
  }

  /** Whether this login accepted an earlier version, so the page says the text has changed. */
  public boolean isUpdate() {
    return consent.hasAcceptedBefore(caller.accountId());
  }

  public void accept() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!agreed) {
      PageMessages.error("agreed", "Tick the box to accept, or choose \"Decline and sign out\".");
      return;
    }
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    try {
      consent.accept(
          caller.accountId(),
          caller.email(),
          new ConsentGiven(
              versionShown == 0 ? consent.currentVersion() : versionShown,
              consent.current(language).language(),
              request.getRemoteAddr(),
              request.getHeader("User-Agent")));
    } catch (InvalidInput e) {
      versionShown = 0;
      agreed = false;
      e.fieldErrors().values().forEach(message -> PageMessages.error(null, message));
      return;
    }
    ConsentGate.remember(request.getSession(), versionShown);
    external.redirect(practice.page(ConsentGate.afterConsent(next)));
  }

  /** Records the refusal and signs out: the portal cannot be used without this consent. */
  public void decline() throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    consent.refuse(caller.accountId(), caller.email(), request.getRemoteAddr());
    request.logout();
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.invalidate();
    }
    external.redirect(practice.page("/login") + "?consentDeclined=true");
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public String getNext() {
    return next;
  }

  public void setNext(String next) {
    this.next = next;
  }

  /** This page in another language, keeping where accepting continues. */
  public String languageLink(String lang) {
    return "?lang="
        + URLEncoder.encode(lang, StandardCharsets.UTF_8)
        + "&next="
        + URLEncoder.encode(ConsentGate.afterConsent(next), StandardCharsets.UTF_8);
  }

  public boolean isAgreed() {
    return agreed;
  }

  public void setAgreed(boolean agreed) {
    this.agreed = agreed;
  }
}
