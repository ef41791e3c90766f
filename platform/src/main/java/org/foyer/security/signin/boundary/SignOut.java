package org.foyer.security.signin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.foyer.audit.AuditAction;
import org.foyer.audit.AuditOutcome;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.security.signin.SignedIn;
import org.foyer.security.signin.control.AccountSessions;
import org.foyer.security.signin.control.SignInAudit;

/** Signing out of this browser, or out of every browser at once. */
@Named
@RequestScoped
public class SignOut {

  @Inject AccountSessions sessions;
  @Inject SignInAudit audit;
  @Inject CurrentPractice practice;

  public void here() throws IOException, ServletException {
    end(AuditAction.SIGN_OUT, false);
  }

  public void everywhere() throws IOException, ServletException {
    end(AuditAction.SIGN_OUT_EVERYWHERE, true);
  }

  private void end(AuditAction action, boolean everywhere) throws IOException, ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpSession session = request.getSession(false);
    SignedIn signedIn =
        session == null ? null : (SignedIn) session.getAttribute(SignedIn.ATTRIBUTE);
    if (signedIn != null) {
      if (everywhere) {
        sessions.endAllSessions(signedIn);
      }
      audit.record(signedIn.email(), action, AuditOutcome.SUCCESS, request.getRemoteAddr());
    }
    request.logout();
    if (session != null) {
      session.invalidate();
    }
    external.redirect(practice.page("/login") + "?signedOut=true");
  }
}
