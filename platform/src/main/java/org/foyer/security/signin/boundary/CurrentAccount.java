package org.foyer.security.signin.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.foyer.admin.staff.control.StaffPermissions;
import org.foyer.core.access.Caller;
import org.foyer.core.access.Capability;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.signin.SignedIn;

/** Who is signed in on this request, for pages ({@code #{account.displayName}}) and services. */
@Named("account")
@RequestScoped
public class CurrentAccount {

  @Inject HttpServletRequest request;
  @Inject StaffPermissions permissions;

  // One look-up per request and account: pages ask account.can(...) for many buttons.
  private UUID capabilitiesOwner;
  private Set<Capability> capabilities;

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

  /**
   * Read from the database on every request (built-in role, the practice's Default Permissions,
   * custom roles), never from the session, so a change of roles or a deactivation acts at once.
   */
  private Set<Capability> capabilitiesOf(SignedIn signedIn) {
    if (signedIn.kind() != AccountKind.STAFF) {
      return Set.of();
    }
    if (!signedIn.accountId().equals(capabilitiesOwner)) {
      capabilities = permissions.capabilitiesOf(signedIn.accountId());
      capabilitiesOwner = signedIn.accountId();
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
