package org.foyer.security.signin;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.foyer.access.Caller;
import org.foyer.access.Capability;
import org.foyer.admin.staff.StaffRole;

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

  /** The caller every service checks permissions against; anonymous when nobody is signed in. */
  @Produces
  public Caller caller() {
    return signedIn()
        .map(
            s ->
                new Caller(
                    s.accountId(),
                    s.kind() == AccountKind.STAFF ? Caller.Kind.STAFF : Caller.Kind.PORTAL,
                    s.email(),
                    s.roles(),
                    capabilitiesOf(s)))
        .orElse(Caller.ANONYMOUS);
  }

  private static Set<Capability> capabilitiesOf(SignedIn signedIn) {
    Set<Capability> capabilities = EnumSet.noneOf(Capability.class);
    if (signedIn.kind() == AccountKind.STAFF) {
      signedIn.roles().forEach(role -> capabilities.addAll(StaffRole.valueOf(role).capabilities()));
    }
    return capabilities;
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

  /**
   * Whether the caller holds the named capability, for showing links ({@code account.can('...')}).
   */
  public boolean can(String capability) {
    return caller().can(Capability.valueOf(capability));
  }

  public boolean hasRole(String role) {
    return signedIn().map(s -> s.roles().contains(role)).orElse(false);
  }
}
