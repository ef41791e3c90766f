package org.foyer.security.signin.boundary;

import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Clock;
import org.foyer.admin.pages.PageMessages;
import org.foyer.core.tenancy.Tenancy;
import org.foyer.core.validation.Shapes;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.security.signin.SignedIn;
import org.foyer.security.signin.entity.PendingSignIn;
import org.foyer.security.signin.entity.TotpCredential;
import org.foyer.security.totp.QrCode;
import org.foyer.security.totp.TotpSecret;

/**
 * The sign-in page: email and password, then (when owed) the authenticator code, or enrolment of an
 * authenticator for an administrator who has none. Every refusal reads the same, so the page never
 * tells whether an email has an account or is locked.
 */
@Named("signIn")
@ViewScoped
public class SignInPage implements Serializable {

  private static final long serialVersionUID = 1L;
  static final String REFUSED =
      "That email and password did not work. Check them and try again; after several attempts,"
          + " sign-in pauses for a few minutes.";
  static final String CODE_REFUSED = "That code did not work. Enter the newest 6-digit code.";

  @Inject transient SecurityContext security;
  @Inject transient CurrentPractice practice;
  @Inject transient Clock clock;

  private String email;
  private String password;
  private String code;

  public void signIn() throws IOException {
    Credential credential =
        new UsernamePasswordCredential(email == null ? "" : email, new Password(nonNull(password)));
    password = null;
    AuthenticationStatus status = authenticate(credential);
    if (status == AuthenticationStatus.SUCCESS) {
      goHome();
    } else if (status != AuthenticationStatus.SEND_CONTINUE) {
      PageMessages.error(null, REFUSED);
    }
  }

  public void confirmCode() throws IOException {
    AuthenticationStatus status = authenticate(new TotpCredential(nonNull(code).strip()));
    code = null;
    if (status == AuthenticationStatus.SUCCESS) {
      goHome();
    } else if (pending() == null) {
      PageMessages.error(null, "Your sign-in took too long. Please start again.");
    } else {
      PageMessages.error(null, CODE_REFUSED);
    }
  }

  public void startOver() {
    HttpSession session = request().getSession(false);
    if (session != null && pending() != null) {
      session.removeAttribute(PendingSignIn.ATTRIBUTE);
    }
  }

  /** Which step to show: password, code or enroll. */
  public String getStep() {
    PendingSignIn pending = pending();
    if (pending == null) {
      return "password";
    }
    return pending.isEnrolling() ? "enroll" : "code";
  }

  /** The QR code of the secret being enrolled, as inline SVG (no script, CSP-safe). */
  public String getEnrollmentQr() {
    PendingSignIn pending = pending();
    if (pending == null || !pending.isEnrolling()) {
      return "";
    }
    String uri =
        TotpSecret.fromBase32(pending.enrollmentSecret())
            .otpauthUri("Foyer " + practice.getName(), pending.principal().getName());
    return QrCode.svg(uri, "QR code for your authenticator app");
  }

  public String getEnrollmentSecret() {
    PendingSignIn pending = pending();
    return pending == null || !pending.isEnrolling() ? "" : pending.enrollmentSecret();
  }

  private AuthenticationStatus authenticate(Credential credential) {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    return security.authenticate(
        (HttpServletRequest) external.getRequest(),
        (HttpServletResponse) external.getResponse(),
        AuthenticationParameters.withParams().credential(credential).newAuthentication(true));
  }

  private void goHome() throws IOException {
    HttpSession session = request().getSession(false);
    SignedIn signedIn = (SignedIn) session.getAttribute(SignedIn.ATTRIBUTE);
    FacesContext.getCurrentInstance()
        .getExternalContext()
        .redirect(practice.page(signedIn.kind().homePage()));
  }

  /** This practice's pending step only: another practice's must not show here. */
  private PendingSignIn pending() {
    return Tenancy.current()
        .flatMap(tenant -> PendingSignIn.in(request().getSession(false), tenant, clock.instant()))
        .orElse(null);
  }

  private static HttpServletRequest request() {
    return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }

  public int getEmailLength() {
    return Shapes.EMAIL_LENGTH;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
