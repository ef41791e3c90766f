package org.foyer.security.reset;

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
import org.foyer.core.web.guard.ClientAddress;
import org.foyer.core.web.routing.CurrentPractice;
import org.foyer.security.password.TypedPassword;
import org.foyer.security.password.WeakPassword;
import org.foyer.security.signin.AccountHolder;

/**
 * The page behind a reset link ({@code /p/{slug}/reset-password?token=...}): shows whose password
 * it changes or why the link cannot be used, takes the new password twice, and then signs in with
 * it through the ordinary sign-in, so the throttle, the audit and the second factor apply as always
 * (staff with an authenticator land on its code step).
 */
@Named("resetPassword")
@ViewScoped
public class ResetPassword implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PasswordResets resets;
  @Inject transient ClientAddress clientAddress;
  @Inject transient SecurityContext security;
  @Inject transient CurrentPractice practice;

  private String token;
  private AccountHolder holder;
  private String refusal;
  private final TypedPassword typedPassword = new TypedPassword();

  /** Runs once the token parameter is set (f:viewAction), before anything is shown. */
  public void load() {
    if (holder != null || refusal != null) {
      return;
    }
    try {
      holder = resets.check(token);
    } catch (ResetRefused e) {
      refusal = e.getMessage();
    }
  }

  public void save() throws IOException {
    TypedPassword.Typed typed = typedPassword.take();
    // The reset clears what it is given; signing in afterwards needs its own copy.
    char[] forSignIn = typed.password().clone();
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    AccountHolder changed;
    try {
      changed =
          resets.reset(token, typed.password(), typed.confirmation(), clientAddress.of(request));
    } catch (ResetRefused e) {
      refusal = e.getMessage();
      holder = null;
      return;
    } catch (WeakPassword e) {
      e.problems().forEach(problem -> PageMessages.error("password", problem));
      return;
    }
    AuthenticationStatus status =
        security.authenticate(
            request,
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .credential(
                    new UsernamePasswordCredential(changed.email(), new Password(forSignIn)))
                .newAuthentication(true));
    external.redirect(
        practice.page(
            status == AuthenticationStatus.SUCCESS
                ? changed.kind().homePage()
                : status == AuthenticationStatus.SEND_CONTINUE ? "/login" : "/login?reset=true"));
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }

  public AccountHolder getHolder() {
    return holder;
  }

  public String getRefusal() {
    return refusal;
  }

  public TypedPassword getTypedPassword() {
    return typedPassword;
  }
}
