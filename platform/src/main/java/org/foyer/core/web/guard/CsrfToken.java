package org.foyer.core.web.guard;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

/** The session's CSRF token for pages' scripts ({@code <meta name="foyer-csrf">}). */
@Named("csrf")
@RequestScoped
public class CsrfToken {

  @Inject HttpServletRequest request;

  public String getToken() {
    return CsrfGuard.tokenOf(request.getSession(true));
  }
}
