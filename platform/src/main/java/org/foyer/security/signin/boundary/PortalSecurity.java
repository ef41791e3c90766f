package org.foyer.security.signin.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.foyer.admin.pages.PageMessages;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditOutcome;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.security.signin.SignedIn;
import org.foyer.security.signin.control.PortalSignIn;
import org.foyer.security.signin.control.PortalSignIn.Removal;
import org.foyer.security.signin.control.SignInAudit;
import org.foyer.security.throttle.SignInThrottle;
import org.foyer.security.totp.QrCode;
import org.foyer.security.totp.TotpSecret;

/**
 * The portal's security page ({@code /p/{slug}/portal/security}): a client or contact turns on
 * sign-in with an authenticator app. The new secret lives only in this view until a code from the
 * app proves it works; then it is sealed and stored, and the recovery codes are shown once. Turning
 * it off again takes a current code or a recovery code, counted by the sign-in throttle like a
 * second factor at sign-in, and is refused while the practice requires client MFA.
 */
@Named("portalSecurity")
@ViewScoped
public class PortalSecurity implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PortalSignIn signIn;
  @Inject transient CurrentAccount account;
  @Inject transient SignInAudit audit;
  @Inject transient CurrentPractice practice;
  @Inject transient SignInThrottle throttle;

  static final String REQUIRED =
      "Your practice requires an authenticator app for every client login, so it cannot be"
          + " turned off.";
  static final String WAIT = "Too many codes were tried. Wait a minute, then try again.";

  private String secret;
  private String code;
  private String offCode;
  private boolean turnedOff;
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
    String address = address();
    Optional<List<String>> issued =
        signIn.enroll(signedIn.accountId(), secret, code == null ? "" : code.strip());
    code = null;
    if (issued.isEmpty()) {
      audit.record(signedIn.email(), AuditAction.MFA_FAILED, AuditOutcome.FAILURE, address);
      PageMessages.error("code", SignInPage.CODE_REFUSED);
      return;
    }
    audit.record(signedIn.email(), AuditAction.MFA_ENROLLED, AuditOutcome.SUCCESS, address);
    secret = null;
    recoveryCodes = issued.get();
  }

  /** Whether the practice requires an authenticator, so the page explains why it stays on. */
  public boolean isRequired() {
    return signIn.isSecondFactorRequired();
  }

  public boolean isTurnedOff() {
    return turnedOff;
  }

  public void turnOff() {
    SignedIn signedIn = account.require();
    String address = address();
    String key = SignInThrottle.accountKey(practice.getSlug(), signedIn.email());
    String offered = offCode;
    offCode = null;
    if (!throttle.check(key, address).allowed()) {
      PageMessages.error("off-code", WAIT);
      return;
    }
    Removal removal = signIn.removeSecondFactor(signedIn.accountId(), offered);
    switch (removal) {
      case REMOVED -> {
        throttle.recordSuccess(key, address);
        audit.record(signedIn.email(), AuditAction.MFA_REMOVED, AuditOutcome.SUCCESS, address);
        turnedOff = true;
        recoveryCodes = List.of();
      }
      case CODE_REFUSED -> {
        throttle.recordFailure(key, address);
        audit.record(signedIn.email(), AuditAction.MFA_FAILED, AuditOutcome.FAILURE, address);
        PageMessages.error("off-code", SignInPage.CODE_REFUSED);
      }
      case REQUIRED_BY_PRACTICE -> PageMessages.error(null, REQUIRED);
      case NOT_ENROLLED -> turnedOff = true;
    }
  }

  private static String address() {
    return ((HttpServletRequest)
            FacesContext.getCurrentInstance().getExternalContext().getRequest())
        .getRemoteAddr();
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

  public String getOffCode() {
    return offCode;
  }

  public void setOffCode(String offCode) {
    this.offCode = offCode;
  }
}
