package org.foyer.security.signin.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import org.foyer.admin.portal.boundary.CurrentPortalSettings;
import org.foyer.admin.roles.control.RoleStore;
import org.foyer.admin.staff.control.StaffAccounts;
import org.foyer.admin.staff.control.StaffPermissions;
import org.foyer.core.access.SignInAccount;
import org.foyer.core.persistence.Transactional;
import org.foyer.security.crypto.MasterKey;
import org.foyer.security.signin.AccountKind;
import org.foyer.security.totp.TotpSecret;

/**
 * The staff side of signing in: password, second factor, enrolment, and whether a signed-in session
 * still stands. Staff holding an administrator-grade capability (by any role) must use a second
 * factor; other staff must too when the practice's staff MFA policy covers all staff, and otherwise
 * use one once they have enrolled.
 */
@ApplicationScoped
@Transactional
public class StaffSignIn extends AccountSignIn {

  private CurrentPortalSettings portalSettings;
  private StaffPermissions permissions;

  protected StaffSignIn() {}

  @Inject
  public StaffSignIn(EntityManager em, MasterKey masterKey, Clock clock) {
    super(new StaffAccounts(em), new TotpFactor(masterKey, clock), AccountKind.STAFF);
    this.portalSettings = new CurrentPortalSettings(em);
    this.permissions = new StaffPermissions(em, new RoleStore(em));
  }

  /**
   * Read at each sign-in, so a policy or permission change applies to the very next one. The
   * capabilities are all the member holds, custom roles and default permissions included, so a
   * custom role cannot carry administrator powers past the administrators' MFA rule.
   */
  @Override
  protected boolean mustEnroll(SignInAccount staff) {
    return portalSettings
        .get()
        .staffMfaPolicy()
        .requiresSecondFactor(permissions.capabilitiesOf(staff.id()));
  }

  /** Seals and stores a known secret; the demo practice uses it so its codes can be printed. */
  public void enrollKnownSecret(UUID staffId, TotpSecret secret) {
    factor()
        .enrollKnownSecret(accounts().findTotpHolder(staffId).orElseThrow(), sealingKind(), secret);
  }

  /**
   * A staff member's authenticator key in clear; only the demo practice's start-up notice uses it.
   */
  @Transactional(readOnly = true)
  public Optional<String> revealTotpKey(String email) {
    return accounts()
        .findByEmail(email)
        .flatMap(staff -> accounts().findTotpHolder(staff.id()))
        .flatMap(holder -> factor().reveal(holder, sealingKind()));
  }
}
