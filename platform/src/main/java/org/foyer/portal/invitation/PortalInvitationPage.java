package org.foyer.portal.invitation;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.Serializable;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.access.Accounts;
import org.foyer.core.errors.BusinessException;
import org.foyer.core.errors.InvalidInput;
import org.foyer.core.invitation.InvitationRefused;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.portal.consent.ConsentGiven;
import org.foyer.portal.consent.ConsentText;
import org.foyer.portal.consent.ElectronicConsent;
import org.foyer.security.password.TypedPassword;
import org.foyer.security.password.WeakPassword;

/**
 * The page behind a client invitation link ({@code /p/{slug}/portal-invitation?token=...}): says
 * why a dead link cannot be used, or takes the person's name and password and their consent to
 * electronic records, then signs them in and opens their portal. What was typed survives a refused
 * post, except the password.
 */
@Named("portalInvitation")
@ViewScoped
public class PortalInvitationPage implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ClientInvitationAcceptance acceptance;
  @Inject transient ElectronicConsent consent;
  @Inject transient SecurityContext security;
  @Inject transient CurrentPractice practice;

  private String token;
  private String language;
  private Invitee invitee;
  private String refusal;
  private boolean accepted;
  private String displayName;
  private final TypedPassword typedPassword = new TypedPassword();
  private boolean consentGiven;
  private int consentVersion;

  /** Runs once the parameters are set (f:viewAction), before anything is shown. */
  public void load() {
    if (invitee != null || refusal != null) {
      return;
    }
    try {
      invitee = acceptance.check(token);
      displayName = invitee.displayName();
    } catch (BusinessException e) {
      // Forged, replaced, used, expired, or the portal closed: each says what to do next.
      refusal = e.getMessage();
    }
  }

  /** The consent text shown, in the language chosen; its version is what acceptance records. */
  public ConsentText getConsent() {
    ConsentText text = consent.current(language);
    consentVersion = text.version();
    return text;
  }

  public void accept() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    TypedPassword.Typed typed = typedPassword.take();
    // Acceptance clears what it is given; signing in afterwards needs its own copy.
    char[] forSignIn = typed.password().clone();
    if (!consentGiven) {
      PageMessages.error("consent", "Read the consent and tick the box to accept it.");
      return;
    }
    HttpServletRequest request = (HttpServletRequest) faces.getExternalContext().getRequest();
    // The version the person read, not whatever is current now: a newer one must be read first.
    int versionShown = consentVersion == 0 ? consent.currentVersion() : consentVersion;
    ConsentGiven given =
        new ConsentGiven(
            versionShown,
            consent.current(language).language(),
            request.getRemoteAddr(),
            request.getHeader("User-Agent"));
    try {
      acceptance.accept(token, displayName, typed.password(), typed.confirmation(), given);
      accepted = true;
    } catch (InvitationRefused e) {
      refusal = e.getMessage();
      invitee = null;
      return;
    } catch (WeakPassword e) {
      e.problems().forEach(problem -> PageMessages.error("password", problem));
      return;
    } catch (InvalidInput e) {
      if (e.fieldErrors().isEmpty()) {
        PageMessages.error(null, e.getMessage());
      }
      e.fieldErrors().forEach(PageMessages::error);
      return;
    } catch (BusinessException e) {
      PageMessages.error(null, e.getMessage());
      return;
    }
    signIn(faces.getExternalContext(), forSignIn);
  }

  /** Signs the new login in through the one authentication mechanism, second factor and all. */
  private void signIn(ExternalContext external, char[] chosen) throws IOException {
    AuthenticationStatus status =
        security.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(new UsernamePasswordCredential(invitee.email(), new Password(chosen)))
                .newAuthentication(true));
    if (status == AuthenticationStatus.SUCCESS) {
      external.redirect(practice.page("/portal/home"));
    } else if (status == AuthenticationStatus.SEND_CONTINUE) {
      // The practice requires an authenticator: the sign-in page continues with enrolment.
      external.redirect(practice.page("/login"));
    }
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public String getLanguage() {
    return language;
  }

  public void setLanguage(String language) {
    this.language = language;
  }

  public Invitee getInvitee() {
    return invitee;
  }

  public String getRefusal() {
    return refusal;
  }

  public boolean isAccepted() {
    return accepted;
  }

  public String getDisplayName() {
    return displayName;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  public boolean isConsentGiven() {
    return consentGiven;
  }

  public void setConsentGiven(boolean consentGiven) {
    this.consentGiven = consentGiven;
  }

  public int getNameLength() {
    return Accounts.NAME_LENGTH;
  }

  public TypedPassword getTypedPassword() {
    return typedPassword;
  }
}
