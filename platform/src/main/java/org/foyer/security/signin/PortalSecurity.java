package org.foyer.security.signin;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditOutcome;
import org.foyer.security.totp.QrCode;
import org.foyer.security.totp.TotpSecret;
import org.foyer.web.CurrentPractice;

/**
 * The portal's security page ({@code /p/{slug}/portal/security}): a client or contact turns on
 * sign-in with an authenticator app. The new secret lives only in this view until a code from the
 * app proves it works; then it is sealed and stored, and the recovery codes are shown once.
 */
@Named("portalSecurity")
@ViewScoped
public class PortalSecurity implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PortalSignIn signIn;
  @Inject transient CurrentAccount account;
  @Inject transient SignInAudit audit;
  @Inject transient CurrentPractice practice;

  private String secret;
  private String code;
  private List<String> recoveryCodes = List.of();

  public boolean isEnrolled() {
    return signIn.hasSecondFactor(account.require().accountId());
  }

  public boolean isEnrolling() {
    return secret != null;
  }

  public void start() {
    secret = TotpSecret.generate().toBase32();
  }

  public void confirm() {
    SignedIn signedIn = account.require();
    String address =
        ((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest())
            .getRemoteAddr();
    Optional<List<String>> issued =
        signIn.enroll(signedIn.accountId(), secret, code == null ? "" : code.strip());
    code = null;
    if (issued.isEmpty()) {
      audit.record(signedIn.email(), AuditAction.MFA_FAILED, AuditOutcome.FAILURE, address);
      FacesContext.getCurrentInstance()
          .addMessage(
              "code", new FacesMessage(FacesMessage.SEVERITY_ERROR, SignInPage.CODE_REFUSED, null));
      return;
    }
    audit.record(signedIn.email(), AuditAction.MFA_ENROLLED, AuditOutcome.SUCCESS, address);
    secret = null;
    recoveryCodes = issued.get();
  }

  /** The QR code of the secret being enrolled, as inline SVG (no script, CSP-safe). */
  public String getQr() {
    return secret == null
        ? ""
        : QrCode.svg(
            TotpSecret.fromBase32(secret)
                .otpauthUri(
                    "Foyer " + practice.getName().replace(':', ' '), account.require().email()),
            "QR code for your authenticator app");
  }

  public String getSecret() {
    return secret == null ? "" : secret;
  }

  public List<String> getRecoveryCodes() {
    return recoveryCodes;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }
}
