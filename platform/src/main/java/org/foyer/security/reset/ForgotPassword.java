package org.foyer.security.reset;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import org.foyer.core.validation.Shapes;
import org.foyer.core.web.guard.ClientAddress;

/**
 * The "forgot your password?" page ({@code /p/{slug}/forgot-password}): takes an email and always
 * gives the same answer, so the page never tells whether the email has an account.
 */
@Named("forgotPassword")
@ViewScoped
public class ForgotPassword implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient PasswordResets resets;
  @Inject transient ClientAddress clientAddress;

  private String email;
  private boolean sent;

  public void send() {
    HttpServletRequest request =
        (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    resets.request(email, clientAddress.of(request));
    sent = true;
  }

  public boolean isSent() {
    return sent;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public int getEmailLength() {
    return Shapes.EMAIL_LENGTH;
  }
}
