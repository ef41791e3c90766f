package org.foyer.security.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;

/** Who is signed in on this request, for pages ({@code #{account.displayName}}) and services. */
@Named("account")
@RequestScoped
public class CurrentAccount {

  @Inject HttpServletRequest request;

  public Optional<SignedIn> signedIn() {
    HttpSession session = request.getSession(false);
    if (session == null || request.getUserPrincipal() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable((SignedIn) session.getAttribute(SignedIn.ATTRIBUTE));
  }

  public SignedIn require() {
    return signedIn().orElseThrow(() -> new IllegalStateException("nobody is signed in"));
  }

  public String getDisplayName() {
    return signedIn().map(SignedIn::displayName).orElse("");
  }

  public String getEmail() {
    return signedIn().map(SignedIn::email).orElse("");
  }

  public boolean isStaff() {
    return signedIn().map(s -> s.kind() == AccountKind.STAFF).orElse(false);
  }

  public boolean hasRole(String role) {
    return signedIn().map(s -> s.roles().contains(role)).orElse(false);
  }
}
